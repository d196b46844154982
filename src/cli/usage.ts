/** The usage text. What can be opened comes from the readers registry, so it follows new readers. */
import { readers } from '../import';

/** One reader a line: four labels joined into one sentence make a line of some 170 columns. */
const openable = () => readers.map((r) => `  ${r.label}`).join('\n');

export const usage = (): string => `政府信息公开工作年度报告 — 命令行工具

用法：
  npm run cli -- check <报告文件>... [--json] [--last-year <上一年度报告文件>]
  npm run cli -- figures <报告文件>...
  npm run cli -- convert <报告文件> --to json|txt|docx [-o <输出文件>] [--force]
  npm run cli -- summary <报告文件或文件夹>... --csv <汇总表.csv>
  npm run cli -- template <上一年度报告文件或文件夹>... --out-dir <文件夹>
  npm run cli -- help

命令：
  check     校验报告，逐条列出问题：规则编号、错误/提醒、涉及的单元格、说明。
            任一报告有“错误”时退出码为 1。
  figures   以制表符分隔（TSV）输出报告的全部数字格：先是 “# format” 和 “# year” 两行，
            然后每格一行 “地址<TAB>数值”，空白格的数值为空。
            给出多个文件时，每行第一列为文件路径。
  convert   把报告转换为本程序的 .json、网站用的 .txt 或 Word 的 .docx。不给 -o 时，
            输出到输入文件所在的文件夹，文件名为“<机关全称><年份>年政府信息公开工作年度报告”。
            报告还有错误时照样转换，但先在标准错误输出中列出这些错误。成功时输出文件路径。
            从不覆盖已有文件：不给 -o 时若已有同名文件，改用“名称(1).docx”这样的新文件名
            并说明；用 -o 指定的文件已存在时不写入，除非加 --force。
  summary   把多个报告汇总为一张 CSV 表（UTF-8，Excel 可直接打开）：每个报告一行，
            列为 file、body、year、format、error、errors、warnings、rule_ids 和全部数字格
            （按地址；2019 年格式的数字放在 2021 年格式含义相同的列，如其 三/23 放在 三/25，
            其“（六）其他处理”行放在“2019格式 三/21/…”列），最后一行“合计”为表三、
            表四各格之和（空白或无法识别的数不计入）。
            给出文件夹时只读其中的文件，不进入子文件夹，跳过隐藏文件。打不开的文件
            在 error 列写明原因，其余照常汇总。
  template  为每个上一年度报告生成下一年度的预填模板（.docx，与网页上“下载预填模板”
            相同的文件和文件名），写入 --out-dir 指定的文件夹（没有时自动创建）。
            文件夹的读法同 summary。每个文件输出一行进度，打不开的文件各输出一行原因；
            同名文件已存在时不覆盖，另取“（2）”等文件名。有文件未能生成模板时退出码为 2。
  help      显示本说明（也可用 --help 或 -h）。

选项（convert）：
  --force                  -o 指定的文件已存在时覆盖它（输入文件本身从不覆盖）。

选项（check）：
  --json                   以一个 JSON 文档输出全部结果。
  --last-year <文件>       对照上一年度的报告，同时进行跨年度校验。

目前可以打开（按文件内容识别，不看扩展名）：
${openable()}

退出码：0 没有错误（可能有提醒）；1 报告中有错误；2 用法不对或有文件无法打开。
`;
