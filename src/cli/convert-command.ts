/**
 * `convert <file> --to json|txt|docx [-o <path>]`: any readable input (our .json, our .docx, a
 * published .txt) written as our save file, the website text or the Word document — the same
 * exporters as the app. Without -o the file goes beside the input, named after the report. As in
 * the app, open errors are listed before the file is written (on stderr, so scripts still get it):
 * a table that does not balance is never produced without that warning. The input is never
 * overwritten.
 */
import { writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { exportDocx, exportTxt, reportFileName } from '../export';
import { check, serializeReport } from '../report';
import type { Report } from '../report';
import type { ConvertTarget } from './args';
import { EXIT, messageOf } from './io';
import type { Io } from './io';
import { loadReport } from './load-file';

const LISTED = 5;

async function encode(report: Report, to: ConvertTarget): Promise<string | Uint8Array> {
  if (to === 'docx') return exportDocx(report);
  return to === 'txt' ? exportTxt(report) : serializeReport(report);
}

export async function runConvert(
  command: { readonly file: string; readonly to: ConvertTarget; readonly output?: string },
  io: Io,
): Promise<number> {
  const { file, to } = command;
  const read = await loadReport(file, io);
  if (!read.ok) {
    io.stderr(`${file}: ${read.error}\n`);
    return EXIT.trouble;
  }
  const output = command.output ?? join(dirname(file), reportFileName(read.report, to));
  if (resolve(output) === resolve(file)) {
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
  try {
    await writeFile(output, await encode(read.report, to));
  } catch (error) {
    io.stderr(`${output}: 无法写入：${messageOf(error)}\n`);
    return EXIT.trouble;
  }
  io.stdout(`${output}\n`);
  return EXIT.ok;
}
