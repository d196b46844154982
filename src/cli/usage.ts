/** The usage text. What can be opened comes from the readers registry, so it follows new readers. */
import { supportedFiles } from '../import';

export const usage = (): string => `政府信息公开工作年度报告 — 命令行工具

用法：
  npm run cli -- check <报告文件>... [--json] [--last-year <上一年度报告文件>]
  npm run cli -- figures <报告文件>...
  npm run cli -- help

命令：
  check     校验报告，逐条列出问题：规则编号、错误/提醒、涉及的单元格、说明。
            任一报告有“错误”时退出码为 1。
  figures   以制表符分隔（TSV）输出报告的全部数字格：先是 “# format” 和 “# year” 两行，
            然后每格一行 “地址<TAB>数值”，空白格的数值为空。
            给出多个文件时，每行第一列为文件路径。
  help      显示本说明（也可用 --help 或 -h）。

选项（check）：
  --json                   以一个 JSON 文档输出全部结果。
  --last-year <文件>       对照上一年度的报告，同时进行跨年度校验。

目前可以打开：${supportedFiles()}

退出码：0 没有错误（可能有提醒）；1 报告中有错误；2 用法不对或有文件无法打开。
`;
