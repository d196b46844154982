import { describe, expect, it } from 'vitest';
import { check } from '../check';
import { emptyReport } from '../empty-report';
import { LENGTH_LIMITS, lengthOf } from '../limits';
import type { Report } from '../report';

const lengthIssues = (report: Report) => check(report).filter((i) => i.ruleId === 'L-LENGTH');

describe('L-LENGTH', () => {
  const base = emptyReport(2021, '某县某镇人民政府');

  it('is silent when every field is at most its limit', () => {
    const report: Report = {
      ...base,
      cells: { ...base.cells, '三/1/自然人': '1'.repeat(LENGTH_LIMITS.cell) },
      texts: { ...base.texts, 五: '字'.repeat(LENGTH_LIMITS.text) },
    };
    expect(lengthIssues(report)).toEqual([]);
  });

  it('names a pasted 101-character cell and how much to cut', () => {
    const report: Report = {
      ...base,
      cells: { ...base.cells, '三/1/自然人': '字'.repeat(LENGTH_LIMITS.cell + 1) },
    };
    const [issue, ...rest] = lengthIssues(report);
    expect(rest).toEqual([]);
    expect(issue?.severity).toBe('error');
    expect(issue?.addresses).toEqual(['三/1/自然人']);
    expect(issue?.message).toBe(
      '表三“一、本年新收政府信息公开申请数量”行，“自然人”列内容太长，共 101 字，最多 100 字，请删去 1 字。',
    );
  });

  it('flags a body name and a section over their limits at their own fields', () => {
    const report: Report = {
      ...base,
      meta: { ...base.meta, body: '镇'.repeat(LENGTH_LIMITS.meta + 1) },
      texts: { ...base.texts, 六: '文'.repeat(LENGTH_LIMITS.text + 1) },
    };
    expect(lengthIssues(report).map((i) => i.addresses)).toEqual([['机关全称'], ['正文/六']]);
  });

  it('counts a character outside the basic plane as one', () => {
    expect(lengthOf('𠀀'.repeat(3))).toBe(3);
    const report: Report = {
      ...base,
      cells: { ...base.cells, '三/1/自然人': '𠀀'.repeat(LENGTH_LIMITS.cell) },
    };
    expect(lengthIssues(report)).toEqual([]);
  });
});
