/**
 * The CLI against hostile files: a folder of them (hostile-samples.ts: zip bombs, 100,000-deep
 * nesting, floods) gives one error line per file, the CSV is still written and the exit status is
 * 2; text from a file cannot drive the terminal or run as a formula in a spreadsheet.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { hostileSamples } from '../import/hostile-samples';
import { csvField, parseCsv } from './csv';
import { terminalText } from './terminal-text';
import { balancedReport, runCli, tempDir, writeReport } from './test-support';

const dir = tempDir();
afterAll(dir.remove);

describe('cli on hostile files', () => {
  it('summarises a folder of hostile files: one error line each, the CSV written, exit 2', async () => {
    const folder = dir.path('hostile');
    mkdirSync(folder);
    const samples = hostileSamples();
    for (const sample of samples) writeFileSync(join(folder, sample.name), sample.bytes);
    const good = writeReport(join(folder, 'zz-good.json'), balancedReport());
    const csv = dir.path('summary.csv');
    const started = Date.now();
    const { code, stderr } = await runCli('summary', folder, '--csv', csv);
    expect(code).toBe(2);
    const errorLines = stderr.split('\n').filter((line) => line.startsWith(folder));
    expect(errorLines).toHaveLength(samples.length);
    for (const sample of samples) {
      const line = errorLines.find((l) => l.startsWith(`${join(folder, sample.name)}: `));
      expect(line, sample.name).toMatch(/[\u4e00-\u9fff]/);
      expect(line, sample.name).not.toMatch(/Error|undefined|Maximum|意外错误/);
    }
    const rows = parseCsv(readFileSync(csv, 'utf8'));
    expect(rows).toHaveLength(1 + samples.length + 1 + 1); // header, samples, good, 合计
    expect(rows.find((r) => r[0] === good)?.[4]).toBe('');
    expect(Date.now() - started).toBeLessThan(30_000);
  }, 60_000);

  it('shows escape sequences and formulas from a body name as text', async () => {
    const hostile = { ...balancedReport() };
    const report = {
      ...hostile,
      meta: { ...hostile.meta, body: '=1+41\u001b]0;owned\u0007\u001b[2J' },
    };
    const file = writeReport(dir.path('escape.json'), report);
    const checked = await runCli('check', file);
    const printed = checked.stdout + checked.stderr;
    expect(printed).toContain('=1+41␛]0;owned␇␛[2J');
    expect(printed.includes('\u001b') || printed.includes('\u0007')).toBe(false);
    const csv = dir.path('escape.csv');
    await runCli('summary', file, '--csv', csv);
    const body = parseCsv(readFileSync(csv, 'utf8'))[1]?.[1];
    expect(body?.startsWith("'=1+41")).toBe(true);
  });

  it('neutralises what a spreadsheet would run, and keeps signed figures numbers', () => {
    expect(['=1+41', '+A1', '@SUM(A1)', '-x', '\tA', '\rA'].map(csvField)).toEqual([
      "'=1+41",
      "'+A1",
      "'@SUM(A1)",
      "'-x",
      "'\tA",
      '"\'\rA"',
    ]);
    expect(['-3', '+2', '-1.5', '12', '城关镇'].map(csvField)).toEqual([
      '-3',
      '+2',
      '-1.5',
      '12',
      '城关镇',
    ]);
  });

  it('prints control characters as visible symbols, keeping newlines and tabs', () => {
    expect(terminalText('a\u001b[31mb\rc\u009bd\u202ee\tf\n')).toBe(
      'a␛[31mb␍c<U+009B>d<U+202E>e\tf\n',
    );
  });
});
