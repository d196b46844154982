import { afterAll, describe, expect, it } from 'vitest';
import { balancedReport, runCli, tempDir, unbalancedReport, writeReport } from './test-support';

const dir = tempDir();
afterAll(dir.remove);
const clean = writeReport(dir.path('clean.json'), balancedReport());
const unbalanced = writeReport(dir.path('unbalanced.json'), unbalancedReport());

describe('check', () => {
  it('says there are no issues and exits 0 when the report is clean', async () => {
    const { code, stdout, stderr } = await runCli('check', clean);
    expect(code).toBe(0);
    expect(stderr).toBe('');
    expect(stdout).toBe(
      `${clean} — 2021 年度报告，2021 格式（国办公开办函〔2021〕30号）\n  没有发现问题。\n`,
    );
  });

  it('lists each issue with severity, rule id, cells and message, and exits 1 on an error', async () => {
    const { code, stdout } = await runCli('check', unbalanced);
    expect(code).toBe(1);
    expect(stdout).toContain(
      '  错误  T3-BALANCE  三/1/商业企业、三/2/商业企业、三/24/商业企业、三/25/商业企业\n' +
        '        表三“商业企业”列不平衡：',
    );
    expect(stdout).toMatch(/\n {2}提醒 {2}X-APPLY-TEXT {2}正文\/一、三\/1\/总计\n/);
    expect(stdout).toMatch(/ {2}共 2 个错误、1 个提醒。\n$/);
  });

  it('separates files with a blank line and exits 1 when any report has an error', async () => {
    const { code, stdout } = await runCli('check', clean, unbalanced);
    expect(code).toBe(1);
    expect(stdout).toContain('没有发现问题。\n\n');
    expect(stdout.indexOf(clean)).toBeLessThan(stdout.indexOf(unbalanced));
  });

  it('prints one JSON document with every file when given --json', async () => {
    const { code, stdout } = await runCli('check', '--json', clean, unbalanced);
    expect(code).toBe(1);
    const results = JSON.parse(stdout) as Record<string, unknown>[];
    expect(results).toHaveLength(2);
    expect(results[0]).toEqual({
      file: clean,
      ok: true,
      reader: '本程序保存的报告文件 (.json)',
      format: '2021',
      year: 2021,
      issues: [],
    });
    expect(results[1]).toMatchObject({ file: unbalanced, ok: true, format: '2021', year: 2021 });
    expect(results[1]?.issues).toContainEqual({
      ruleId: 'T3-BALANCE',
      severity: 'error',
      addresses: ['三/1/商业企业', '三/2/商业企业', '三/24/商业企业', '三/25/商业企业'],
      message: expect.stringContaining('比前两项少 1 件'),
      likely: '三/24/商业企业',
      key: 'T3-BALANCE@三/1/商业企业',
    });
  });

  it('lists an unreadable file in the JSON document and on stderr', async () => {
    const missing = dir.path('missing.json');
    const { code, stdout, stderr } = await runCli('check', clean, missing, '--json');
    expect(code).toBe(2);
    expect(JSON.parse(stdout)).toContainEqual({
      file: missing,
      ok: false,
      error: '找不到这个文件。',
    });
    expect(stderr).toBe(`${missing}: 找不到这个文件。\n`);
  });

  it('runs the across-year rules against the report given with --last-year', async () => {
    const last = balancedReport();
    const lastYear = writeReport(dir.path('2020.json'), {
      ...last,
      meta: { ...last.meta, year: 2020 },
      cells: { ...last.cells, '三/25/自然人': '2' },
    });
    const { code, stdout } = await runCli('check', clean, '--last-year', lastYear);
    expect(code).toBe(0);
    expect(stdout).toContain(`  对照上一年度：${lastYear}\n`);
    expect(stdout).toContain('  提醒  Y-CARRY-IN  三/2/自然人');
    expect((await runCli('check', clean)).stdout).not.toContain('Y-CARRY-IN');
  });

  it('runs the across-year rules against the last year a carried-forward report holds', async () => {
    const last = balancedReport();
    const lastYear = { ...last, meta: { ...last.meta, year: 2020 } };
    const carried = writeReport(dir.path('carried.json'), {
      ...balancedReport(),
      lastYear: { ...lastYear, cells: { ...last.cells, '三/25/自然人': '2' } },
    });
    const { code, stdout } = await runCli('check', carried);
    expect(code).toBe(0);
    expect(stdout).toContain('  提醒  Y-CARRY-IN  三/2/自然人');
  });

  it('checks nothing and exits 2 when last year’s report cannot be read', async () => {
    const missing = dir.path('2020-missing.json');
    const { code, stdout, stderr } = await runCli('check', clean, `--last-year=${missing}`);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toBe(`${missing}: 找不到这个文件。\n`);
  });
});
