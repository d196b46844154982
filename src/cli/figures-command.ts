/**
 * `figures <file>...`: every numeric cell as TSV, in declaration order, values exactly as spec §7
 * writes them (figures() decides; a blank cell is an empty value). Two `#` header lines name the
 * format and year. With several files a first column holds the file path on every line, so the
 * output of many offices and years can be concatenated, sorted and joined on the address.
 */
import { figures } from '../report';
import type { Report } from '../report';
import { EXIT, messageOf } from './io';
import type { Io } from './io';
import { loadReport } from './load-file';

function figureLines(report: Report): string[] {
  return [
    `# format\t${report.format}`,
    `# year\t${report.meta.year}`,
    ...figures(report).map(([address, value]) => `${address}\t${value}`),
  ];
}

type FileFigures = { readonly lines: readonly string[] } | { readonly error: string };

async function readFigures(file: string, io: Io): Promise<FileFigures> {
  const read = await loadReport(file, io);
  if (!read.ok) return { error: read.error };
  try {
    return { lines: figureLines(read.report) };
  } catch (error) {
    return { error: `输出数字时出现意外错误：${messageOf(error)}` };
  }
}

export async function runFigures(files: readonly string[], io: Io): Promise<number> {
  // Decided by the command line, not by how many files turn out readable, so scripts can rely on it.
  const prefix = (file: string) => (files.length > 1 ? `${file}\t` : '');
  let trouble = false;
  for (const file of files) {
    const result = await readFigures(file, io);
    if ('error' in result) {
      io.stderr(`${file}: ${result.error}\n`);
      trouble = true;
    } else {
      io.stdout(result.lines.map((line) => `${prefix(file)}${line}\n`).join(''));
    }
  }
  return trouble ? EXIT.trouble : EXIT.ok;
}
