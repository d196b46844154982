/**
 * `summary <file or folder>... --csv <out.csv>`: the county's batch view. Every report becomes one
 * CSV row — file, body, year, format, error, errors, warnings, rule_ids, then every figure by its
 * spec §7 address (summaryColumns: both formats' figures aligned by meaning) — and a last row
 * `合计` sums tables 三 and 四. A file that cannot be read is a row
 * with its `error` filled and the run goes on. Exit status: 2 if any file could not be read (or the
 * CSV could not be written), else 1 if any report has an error-severity issue, else 0.
 * Folders are expanded as input-files.ts says; the output CSV itself is skipped.
 */
import { writeFile } from 'node:fs/promises';
import { basename, resolve } from 'node:path';
import { check, figures, formatIndex, parseCell } from '../report';
import type { CellFact, Report } from '../report';
import { CSV_BOM, csvRecord } from './csv';
import { EXIT, messageOf } from './io';
import { expandInputs } from './input-files';
import type { Io } from './io';
import { loadReport } from './load-file';

export interface SummaryOptions {
  readonly inputs: readonly string[];
  readonly csv: string;
}

export const SUMMARY_FIELDS = [
  'file',
  'body',
  'year',
  'format',
  'error',
  'errors',
  'warnings',
  'rule_ids',
] as const;
export const SUM_ROW_LABEL = '合计';

/** Progress lines at most this often (plus the first and the last), so 1,000 files do not flood. */
const PROGRESS_EVERY_MS = 250;

/**
 * The figure columns: 2021's addresses in declaration order, then the cells only 2019 has. A
 * 2019-format report's figures go in the column of the same row and column ids — the same official
 * meaning — so like is added to like: its `三/22` （七）总计 under `三/24`, its `三/23` 结转下年度
 * under `三/25`. Its （六）其他处理 row has no 2021 counterpart (2021 splits it in three) and keeps
 * columns of its own, headed `2019格式 三/21/…` where the bare address would name a 2021 column.
 */
export interface SummaryColumn {
  readonly header: string;
  /** Table, row id and column id: where a report of either format puts its figure. */
  readonly key: string;
}

const keyOf = (cell: CellFact): string => `${cell.table}|${cell.rowId}|${cell.columnId}`;

export function summaryColumns(): SummaryColumn[] {
  const columns = formatIndex('2021').cells.map((c) => ({ header: c.address, key: keyOf(c) }));
  const keys = new Set(columns.map((c) => c.key));
  const headers = new Set(columns.map((c) => c.header));
  for (const cell of formatIndex('2019').cells) {
    if (keys.has(keyOf(cell))) continue;
    const header = headers.has(cell.address) ? `2019格式 ${cell.address}` : cell.address;
    columns.push({ header, key: keyOf(cell) });
  }
  return columns;
}

/** Only tables 三 and 四 are summed: their figures are counts of the same things in every office. */
const isSummed = (address: string): boolean =>
  address.startsWith('三/') || address.startsWith('四/');

interface RowResult {
  readonly fields: readonly string[];
  readonly failed: boolean;
  readonly hasErrors: boolean;
}

function reportRow(
  file: string,
  report: Report,
  columns: readonly SummaryColumn[],
  sums: Map<string, number>,
): RowResult {
  const issues = check(report);
  const errors = issues.filter((i) => i.severity === 'error').length;
  const index = formatIndex(report.format);
  /** The report's figures by column key. */
  const values = new Map<string, string>();
  for (const [address, value] of figures(report)) {
    const cell = index.byAddress.get(address);
    if (!cell) continue;
    values.set(keyOf(cell), value);
    if (!isSummed(address)) continue;
    const parsed = parseCell(cell.kind, value);
    if (parsed.state === 'ok') sums.set(keyOf(cell), (sums.get(keyOf(cell)) ?? 0) + parsed.value);
  }
  return {
    fields: [
      file,
      report.meta.body,
      String(report.meta.year),
      report.format,
      '',
      String(errors),
      String(issues.length - errors),
      [...new Set(issues.map((i) => i.ruleId))].join(' '),
      ...columns.map((c) => values.get(c.key) ?? ''),
    ],
    failed: false,
    hasErrors: errors > 0,
  };
}

function errorRow(file: string, error: string, columns: readonly SummaryColumn[]): RowResult {
  const fields = [file, '', '', '', error, '', '', '', ...columns.map(() => '')];
  return { fields, failed: true, hasErrors: false };
}

/**
 * The 合计 row. Rule: a column of table 三 or 四 holds the sum of the figures that are numbers (as
 * parseCell reads them) across all reports; a blank, `/` or otherwise unreadable figure, or a report
 * that could not be read, adds nothing and the row does not flag it (each report's own row and its
 * CELL-BLANK / CELL-INVALID rule ids do). A column no report has a number for stays empty, as do
 * table 二 (mixed units: counts, 万元, signed changes) and the non-figure columns.
 */
function sumRow(columns: readonly SummaryColumn[], sums: ReadonlyMap<string, number>): string[] {
  const figureSums = columns.map((c) => {
    const sum = sums.get(c.key);
    return sum === undefined ? '' : String(sum);
  });
  return [SUM_ROW_LABEL, ...SUMMARY_FIELDS.slice(1).map(() => ''), ...figureSums];
}

export async function runSummary(options: SummaryOptions, io: Io): Promise<number> {
  const output = resolve(options.csv);
  let files: string[];
  try {
    files = await expandInputs(options.inputs, output);
  } catch (error) {
    io.stderr(`${messageOf(error)}\n`);
    return EXIT.trouble;
  }
  if (files.length === 0) {
    io.stderr('没有找到要汇总的报告文件。\n');
    return EXIT.trouble;
  }

  const columns = summaryColumns();
  const sums = new Map<string, number>();
  const lines = [CSV_BOM + csvRecord([...SUMMARY_FIELDS, ...columns.map((c) => c.header)])];
  let failed = false;
  let hasErrors = false;
  let lastProgress = -Infinity;
  for (const [n, file] of files.entries()) {
    const now = Date.now();
    if (n === 0 || n === files.length - 1 || now - lastProgress >= PROGRESS_EVERY_MS) {
      io.stderr(`[${n + 1}/${files.length}] ${basename(file)}\n`);
      lastProgress = now;
    }
    const read = await loadReport(file, io);
    let row: RowResult;
    try {
      row = read.ok
        ? reportRow(file, read.report, columns, sums)
        : errorRow(file, read.error, columns);
    } catch (error) {
      row = errorRow(file, `汇总时出现意外错误：${messageOf(error)}`, columns);
    }
    if (row.failed) io.stderr(`${file}: ${row.fields[4] ?? ''}\n`);
    failed ||= row.failed;
    hasErrors ||= row.hasErrors;
    lines.push(csvRecord(row.fields));
  }
  lines.push(csvRecord(sumRow(columns, sums)));

  try {
    await writeFile(options.csv, lines.join(''));
  } catch (error) {
    io.stderr(`${options.csv}: 无法写入汇总表：${messageOf(error)}\n`);
    return EXIT.trouble;
  }
  io.stderr(`已汇总 ${files.length} 个文件，写入 ${options.csv}\n`);
  if (failed) return EXIT.trouble;
  return hasErrors ? EXIT.reportErrors : EXIT.ok;
}
