/**
 * `check <file>... [--json] [--last-year <file>]`: runs check() over each report. Unreadable files
 * get one line on stderr and do not stop the others; the exit status is 2 if any file could not be
 * read, else 1 if any report has an error-severity issue, else 0.
 */
import type { ReadResult } from '../import';
import { asLastYear, check } from '../report';
import type { Report } from '../report';
import { layoutCheck } from './check-layout';
import type { CheckedFile } from './check-layout';
import { EXIT, messageOf } from './io';
import type { Io } from './io';
import { loadReport } from './load-file';

interface CheckOptions {
  readonly files: readonly string[];
  readonly json: boolean;
  readonly lastYear?: string;
}

type FileResult =
  | (CheckedFile & { readonly ok: true; readonly reader: string })
  | { readonly file: string; readonly ok: false; readonly error: string };

function checkOne(file: string, read: ReadResult, lastYear?: Report): FileResult {
  if (!read.ok) return { file, ok: false, error: read.error };
  try {
    const { report } = read;
    // A report started from last year's carries it (spec §4); --last-year overrides it.
    const issues = check(lastYear ? { ...report, lastYear: asLastYear(lastYear) } : report);
    return {
      file,
      ok: true,
      reader: read.reader,
      format: report.format,
      year: report.meta.year,
      issues,
    };
  } catch (error) {
    return { file, ok: false, error: `校验时出现意外错误：${messageOf(error)}` };
  }
}

export async function runCheck(options: CheckOptions, io: Io): Promise<number> {
  let lastYear: Report | undefined;
  if (options.lastYear !== undefined) {
    // Without last year's report the across-year rules the user asked for cannot run: stop here.
    const read = await loadReport(options.lastYear, io);
    if (!read.ok) {
      io.stderr(`${options.lastYear}: ${read.error}\n`);
      return EXIT.trouble;
    }
    lastYear = read.report;
  }
  const results: FileResult[] = [];
  for (const [n, file] of options.files.entries()) {
    const result = checkOne(file, await loadReport(file, io), lastYear);
    results.push(result);
    if (!result.ok) io.stderr(`${file}: ${result.error}\n`);
    else if (!options.json) {
      io.stdout((n > 0 ? '\n' : '') + layoutCheck(result, options.lastYear));
    }
  }
  if (options.json) io.stdout(`${JSON.stringify(results, null, 2)}\n`);
  if (results.some((r) => !r.ok)) return EXIT.trouble;
  const hasErrors = results.some((r) => r.ok && r.issues.some((i) => i.severity === 'error'));
  return hasErrors ? EXIT.reportErrors : EXIT.ok;
}
