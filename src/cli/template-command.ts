/**
 * `template <last year's files or folders>... --out-dir <dir>` (issue #13): a county's prefilled
 * templates in one run. For each readable report, next year's draft is carried from it and written
 * as the .docx 下载预填模板 gives — the same function, the same file name — into the folder. One
 * progress line per file and one error line per unreadable file (stderr); the path of each
 * template written (stdout). An existing file is never replaced: the template takes a free name
 * beside it. Exit 2 if any file could not be read or written, else 0.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { prefilledTemplate } from '../export';
import { carryForward } from '../report';
import { expandInputs } from './input-files';
import { EXIT, messageOf } from './io';
import type { Io } from './io';
import { loadReport } from './load-file';

export interface TemplateOptions {
  readonly inputs: readonly string[];
  readonly outDir: string;
}

/** Free names tried after the template's own: `…（预填模板）（2）.docx` and on. */
const MAX_TRIES = 100;

const isTaken = (error: unknown): boolean => (error as { code?: unknown })?.code === 'EEXIST';

/** Writes without replacing anything: the first free name of `name`, `name（2）`, … */
async function writeFresh(dir: string, fileName: string, bytes: Uint8Array): Promise<string> {
  const dot = fileName.lastIndexOf('.');
  const [stem, ext] = [fileName.slice(0, dot), fileName.slice(dot)];
  for (let n = 1; n <= MAX_TRIES; n += 1) {
    const path = join(dir, n === 1 ? fileName : `${stem}（${n}）${ext}`);
    try {
      await writeFile(path, bytes, { flag: 'wx' });
      return path;
    } catch (error) {
      if (!isTaken(error)) throw error;
    }
  }
  throw new Error(`已有 ${MAX_TRIES} 个同名文件`);
}

export async function runTemplate(options: TemplateOptions, io: Io): Promise<number> {
  let files: string[];
  try {
    files = await expandInputs(options.inputs);
    await mkdir(options.outDir, { recursive: true });
  } catch (error) {
    io.stderr(`${messageOf(error)}\n`);
    return EXIT.trouble;
  }
  if (files.length === 0) {
    io.stderr('没有找到上一年度的报告文件。\n');
    return EXIT.trouble;
  }
  let failed = 0;
  for (const [n, file] of files.entries()) {
    io.stderr(`[${n + 1}/${files.length}] ${basename(file)}\n`);
    const read = await loadReport(file, io);
    if (!read.ok) {
      io.stderr(`${file}: ${read.error}\n`);
      failed += 1;
      continue;
    }
    try {
      const { fileName, bytes } = await prefilledTemplate(carryForward(read.report));
      io.stdout(`${await writeFresh(options.outDir, fileName, bytes)}\n`);
    } catch (error) {
      io.stderr(`${file}: 无法写出预填模板：${messageOf(error)}\n`);
      failed += 1;
    }
  }
  if (failed > 0) io.stderr(`共 ${files.length} 个文件，${failed} 个没有生成模板。\n`);
  return failed > 0 ? EXIT.trouble : EXIT.ok;
}
