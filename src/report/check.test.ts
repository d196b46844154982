import { describe, expect, it } from 'vitest';
import { check, issueKey } from './check';
import { emptyReport } from './empty-report';
import type { Report } from './report';

/** A 2021 report with one invalid cell (an error) and 六 = 无 (a warning). */
function flawed(acknowledged: Record<string, string> = {}): Report {
  const base = emptyReport(2021, '示例县和平镇人民政府');
  const cells = Object.fromEntries(Object.keys(base.cells).map((a) => [a, '0']));
  return {
    ...base,
    texts: {
      一: '',
      五: '问题：更新不及时。改进：专人每周检查栏目更新，确保信息及时准确公开。',
      六: '无',
    },
    cells: { ...cells, '三/1/自然人': 'abc' },
    acknowledged,
  };
}

describe('check', () => {
  it('lists errors before warnings', () => {
    expect(check(flawed()).map((i) => [i.ruleId, i.severity])).toEqual([
      ['CELL-INVALID', 'error'],
      ['X-SIX-FEE', 'warning'],
    ]);
  });

  it('keys each issue by its rule id and first address', () => {
    expect(check(flawed()).map((i) => i.key)).toEqual([
      issueKey('CELL-INVALID', ['三/1/自然人']),
      'X-SIX-FEE@正文/六',
    ]);
  });

  it('keeps the reason when the user confirmed a warning', () => {
    const issues = check(flawed({ 'X-SIX-FEE@正文/六': '已在前言说明' }));
    expect(issues.find((i) => i.ruleId === 'X-SIX-FEE')?.acknowledged).toBe('已在前言说明');
  });

  it('ignores a confirmation of an error', () => {
    const issues = check(flawed({ 'CELL-INVALID@三/1/自然人': '就这样' }));
    expect(issues.find((i) => i.ruleId === 'CELL-INVALID')?.acknowledged).toBeUndefined();
  });

  it('runs the across-year rules only when the report holds last year’s', () => {
    const report = { ...flawed(), texts: { ...flawed().texts, 六: '本年度未收取信息处理费。' } };
    const lastYear = { ...emptyReport(2020, '示例县和平镇人民政府'), texts: report.texts };
    expect(check(report).map((i) => i.ruleId)).not.toContain('Y-TEXT-SAME');
    expect(check({ ...report, lastYear }).map((i) => i.ruleId)).toContain('Y-TEXT-SAME');
  });
});
