/**
 * `convert <file> --to json|txt|docx [-o <path>]`: any readable input (our .json, our .docx, a
 * published .txt) written as our save file, the website text or the Word document — the same
 * exporters as the app. Without -o the file goes beside the input, named after the report. As in
 * the app, open errors are listed before the file is written (on stderr, so scripts still get it):
 * a table that does not balance is never produced without that warning.
 *
 * Nothing is overwritten silently — the .docx beside the input may be one edited in Word since:
 * without -o an existing name gets the first free `名称(1).docx`, `名称(2).docx`, … and the user is
 * told; an existing -o path is refused unless --force. The input itself is never overwritten.
 * Files are created with the `wx` flag, so a file appearing meanwhile is not overwritten either.
 */
import { writeFile } from 'node:fs/promises';
import { dirname, extname, join, resolve } from 'node:path';
import { docxExportNote, exportDocx, exportTxt, reportFileName } from '../export';
import { check, serializeReport } from '../report';
import type { Report } from '../report';
import type { ConvertTarget } from './args';
import { EXIT, messageOf } from './io';
import type { Io } from './io';
import { loadReport } from './load-file';

const LISTED = 5;
/** `名称(1).docx` … `名称(999).docx`: past that, something else is wrong with the folder. */
const MAX_FREE_NAME_TRIES = 999;

/** `dir/名称.docx` → `dir/名称(n).docx`. */
function numbered(path: string, n: number): string {
  const extension = extname(path);
  return `${path.slice(0, path.length - extension.length)}(${n})${extension}`;
}

async function encode(report: Report, to: ConvertTarget): Promise<string | Uint8Array> {
  if (to === 'docx') return exportDocx(report);
  return to === 'txt' ? exportTxt(report) : serializeReport(report);
}

export async function runConvert(
  command: {
    readonly file: string;
    readonly to: ConvertTarget;
    readonly output?: string;
    readonly force?: boolean;
  },
  io: Io,
): Promise<number> {
  const { file, to } = command;
  const read = await loadReport(file, io);
  if (!read.ok) {
    io.stderr(`${file}: ${read.error}\n`);
    return EXIT.trouble;
  }
  const wanted = command.output ?? join(dirname(file), reportFileName(read.report, to));
  if (resolve(wanted) === resolve(file)) {
    io.stderr(`${file}: 输出文件与输入文件相同，为免覆盖原文件，请用 -o 指定另一个文件名。\n`);
    return EXIT.trouble;
  }
  const errors = check(read.report).filter((i) => i.severity === 'error');
  if (errors.length > 0) {
    io.stderr(`${file}: 注意：报告还有 ${errors.length} 个错误，仍照原样转换：\n`);
    for (const issue of errors.slice(0, LISTED)) io.stderr(`  ${issue.ruleId}  ${issue.message}\n`);
    if (errors.length > LISTED)
      io.stderr(`  ……另有 ${errors.length - LISTED} 个错误（用 check 命令查看全部）。\n`);
  }
  const bytes = await encode(read.report, to);
  const note = to === 'docx' ? docxExportNote(read.report) : null;
  if (note) io.stderr(`${file}: ${note}\n`);
  const replace = command.output !== undefined && command.force === true;
  let output = wanted;
  for (let n = 1; ; n += 1) {
    try {
      await writeFile(output, bytes, { flag: replace ? 'w' : 'wx' });
      break;
    } catch (error) {
      const exists = (error as { code?: unknown } | null)?.code === 'EEXIST';
      if (exists && command.output !== undefined) {
        io.stderr(
          `${output}: 文件已存在，未覆盖。要覆盖它请加 --force，或用 -o 指定另一个文件名。\n`,
        );
        return EXIT.trouble;
      }
      if (!exists || n > MAX_FREE_NAME_TRIES) {
        io.stderr(`${output}: 无法写入：${messageOf(error)}\n`);
        return EXIT.trouble;
      }
      output = numbered(wanted, n);
    }
  }
  if (output !== wanted) io.stderr(`${wanted}: 已有同名文件，未覆盖；已写入 ${output}\n`);
  io.stdout(`${output}\n`);
  return EXIT.ok;
}
