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

describe('check: the cell most likely wrong', () => {
  /** 一 = 3 and （一）予以公开 = 2 in 自然人: that column and the 总计 column do not balance. */
  const unbalanced = (): Report => {
    const base = flawed();
    return { ...base, cells: { ...base.cells, '三/1/自然人': '3', '三/3/自然人': '2' } };
  };
  const balance = (issues: readonly { ruleId: string; likely: string }[]) =>
    issues.filter((i) => i.ruleId === 'T3-BALANCE').map((i) => i.likely);

  it('is the cell the user just edited when it takes part, even through a total', () => {
    const issues = check(unbalanced(), { lastEdited: '三/3/自然人' });
    expect(balance(issues)).toEqual(['三/3/自然人', '三/3/自然人']);
  });

  it('is the outcomes total of the unbalanced column when the edit does not take part', () => {
    const issues = check(unbalanced(), { lastEdited: '四/行政复议/结果维持' });
    expect(balance(issues)).toEqual(['三/24/自然人', '三/24/自然人']);
  });

  it('is 上年结转 when it is not last year’s 结转下年度', () => {
    const lastYear = { ...unbalanced(), cells: { ...unbalanced().cells, '三/25/自然人': '1' } };
    expect(balance(check({ ...unbalanced(), lastYear }))).toEqual(['三/2/自然人', '三/2/自然人']);
  });

  it('is the first address for a rule that says nothing of structure', () => {
    const invalid = check(flawed()).find((i) => i.ruleId === 'CELL-INVALID');
    expect(invalid?.likely).toBe('三/1/自然人');
  });
});
