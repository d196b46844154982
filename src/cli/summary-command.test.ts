/**
 * `summary`: a folder of reports (the published transcriptions with varied figures, a published
 * .txt, a balanced report and a broken file) becomes one CSV, parsed back here; the 合计 row is
 * checked against sums computed independently from each file's `figures` output.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { formatIndex, parseSaveFile } from '../report';
import type { Report } from '../report';
import { parseCsv } from './csv';
import { SUMMARY_FIELDS, SUM_ROW_LABEL, summaryColumns } from './summary-command';
import { balancedReport, runCli, tempDir, unbalancedReport, writeReport } from './test-support';

const FIXTURES = ['bogang-2021', 'jiliao-2021-in-2019-layout', 'zhengguo-2020'];
const published = (name: string): Report => {
  const parsed = parseSaveFile(readFileSync(`fixtures/published/${name}.json`, 'utf8'));
  if (!parsed.ok) throw new Error(parsed.errors.join(' '));
  return parsed.value;
};

/** The fixture with a different body and every table 三/四 input cell set from `seed`. */
function varied(report: Report, seed: number): Report {
  const cells = { ...report.cells };
  for (const cell of formatIndex(report.format).inputs) {
    if (/^[三四]\//.test(cell.address))
      cells[cell.address] = String((seed * 7 + cell.address.length) % 5);
  }
  return { ...report, meta: { ...report.meta, body: `${report.meta.body}（${seed}）` }, cells };
}

const dir = tempDir();
afterAll(() => dir.remove());

const folder = dir.path('reports');
mkdirSync(folder);
mkdirSync(`${folder}/sub`); // not entered
writeFileSync(`${folder}/.hidden.json`, 'not a report'); // skipped
const files: string[] = [];
for (const [n, name] of FIXTURES.entries()) {
  for (const seed of [n * 10 + 1, n * 10 + 2]) {
    files.push(writeReport(`${folder}/${name}-${seed}.json`, varied(published(name), seed)));
  }
}
// A body with a comma and a quote, so the CSV must quote it.
const quoted = { ...balancedReport(), meta: { ...balancedReport().meta, body: '甲镇,"乙"村' } };
files.push(writeReport(`${folder}/quoted.json`, quoted));
const txt = `${folder}/bogang-2021.txt`;
writeFileSync(txt, readFileSync('../shared/fixtures/published/bogang-2021.txt'));
files.push(txt);
const broken = `${folder}/broken.json`;
writeFileSync(broken, '{"kind": "gov-info-annual-report", "format');

/**
 * The summary column a figure of table 三 or 四 belongs in, found by its printed labels (the summary
 * itself goes by ids): a 2019 figure sits under the 2021 cell with the same row and column label,
 * and a row 2021 does not print has a column of its own.
 */
function columnOf(format: string, address: string): string {
  if (format === '2021') return address;
  const cell = formatIndex('2019').byAddress.get(address);
  const same = formatIndex('2021').cells.find(
    (c) =>
      c.table === cell?.table && c.rowLabel === cell.rowLabel && c.columnLabel === cell.columnLabel,
  );
  return same?.address ?? `2019格式 ${address}`;
}

/** Each file's figures as the `figures` command prints them: summary column → value. */
async function figuresOf(file: string): Promise<Map<string, string>> {
  const { stdout } = await runCli('figures', file);
  const lines = stdout.split('\n');
  const format = lines.find((l) => l.startsWith('# format'))?.split('\t')[1] ?? '';
  return new Map(
    lines
      .filter((line) => line && !line.startsWith('#'))
      .map((line) => line.split('\t') as [string, string])
      .map(([address, value]) => [columnOf(format, address), value]),
  );
}

async function summarize(...inputs: string[]) {
  const csv = dir.path(`out-${Math.random().toString(36).slice(2)}.csv`);
  const result = await runCli('summary', ...inputs, '--csv', csv);
  const bytes = readFileSync(csv);
  return { ...result, bytes, rows: parseCsv(bytes.toString('utf8')) };
}

describe('summary', () => {
  it('writes one row per file, a 合计 row, and exits 2 when a file is broken', async () => {
    const { code, rows, bytes, stderr } = await summarize(folder);
    expect(code).toBe(2);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.toString('utf8')).toMatch(/\r\n$/);
    const [header = [], ...body] = rows;
    expect(header.slice(0, 8)).toEqual([...SUMMARY_FIELDS]);
    expect(header.slice(8)).toEqual(summaryColumns().map((c) => c.header));
    expect(body.map((r) => r[0])).toEqual([...[...files, broken].sort(), SUM_ROW_LABEL]);
    for (const row of body) expect(row).toHaveLength(header.length);
    expect(stderr).toMatch(/\[1\/9\] /);
    expect(stderr).toMatch(/\[9\/9\] /);
  });

  it('fills the error column of a broken file and leaves its other columns empty', async () => {
    const { rows } = await summarize(folder);
    const row = rows.find((r) => r[0] === broken) ?? [];
    expect(row[4]).toMatch(/[\u4e00-\u9fff]/);
    expect(row.filter((v, i) => i !== 0 && i !== 4 && v !== '')).toEqual([]);
  });

  it('sums tables 三 and 四 as an independent computation from each file does', async () => {
    const { rows } = await summarize(folder);
    const header = rows[0] ?? [];
    const total = rows.at(-1) ?? [];
    const expected = new Map<string, number>();
    for (const file of files) {
      for (const [address, value] of await figuresOf(file)) {
        if (/^(2019格式 )?[三四]\//.test(address) && /^\d+$/.test(value)) {
          expected.set(address, (expected.get(address) ?? 0) + Number(value));
        }
      }
    }
    for (const [i, address] of header.entries()) {
      if (i < SUMMARY_FIELDS.length) continue;
      const sum = expected.get(address);
      expect(total[i], address).toBe(sum === undefined ? '' : String(sum));
    }
    expect(expected.size).toBeGreaterThan(100);
  });

  it('writes body, year, format, counts and rule ids, quoting a body with a comma', async () => {
    const { rows } = await summarize(folder);
    const header = rows[0] ?? [];
    const row = rows.find((r) => r[0]?.endsWith('quoted.json')) ?? [];
    // The title still names 留车镇, so the one warning is M-TITLE-BODY.
    expect(row.slice(1, 8)).toEqual(['甲镇,"乙"村', '2021', '2021', '', '0', '1', 'M-TITLE-BODY']);
    const at = (address: string) => row[header.indexOf(address)];
    expect(at('三/1/自然人')).toBe('3');
    // A 2019-only address is empty for a 2021 report.
    expect(at('二/（九）/政府集中采购/采购总金额')).toBe('');
    const bogang = rows.find((r) => r[0] === txt) ?? [];
    expect(bogang[3]).toBe('2021');
    expect(bogang[2]).toBe('2021');
  });

  it("puts a 2019-format report's figures under the 2021 columns of the same meaning", async () => {
    const { rows } = await summarize(folder);
    const header = rows[0] ?? [];
    const zhengguo = rows.find((r) => r[0]?.endsWith('zhengguo-2020-21.json')) ?? [];
    const report = varied(published('zhengguo-2020'), 21);
    const at = (column: string) => zhengguo[header.indexOf(column)];
    // 2019's row 23 is 四、结转下年度继续办理, 2021's row 25; 2019's 21 is （六）其他处理.
    expect(at('三/25/自然人')).toBe(report.cells['三/23/自然人']);
    expect(at('2019格式 三/21/自然人')).toBe(report.cells['三/21/自然人']);
    expect(at('三/21/自然人')).toBe('');
    // Only the row without a 2021 counterpart gets columns of its own.
    expect(header.filter((h) => h.startsWith('2019格式 三/'))).toHaveLength(7);
  });

  it('exits 1 when every file reads but a report has errors, and 0 when none has', async () => {
    const bad = writeReport(dir.path('unbalanced.json'), unbalancedReport());
    const good = writeReport(dir.path('balanced.json'), balancedReport());
    const withErrors = await summarize(good, bad);
    expect(withErrors.code).toBe(1);
    expect(withErrors.rows.find((r) => r[0] === bad)?.[7]).toContain('T3-BALANCE');
    expect((await summarize(good)).code).toBe(0);
  });

  it('refuses a missing --csv and reports a missing file as a row', async () => {
    expect((await runCli('summary', folder)).code).toBe(2);
    const missing = await summarize(dir.path('nowhere.json'));
    expect(missing.code).toBe(2);
    expect(missing.rows[1]?.[4]).toBe('找不到这个文件。');
  });
});
