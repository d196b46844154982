import { describe, expect, it } from 'vitest';
import { defaultYear, yearProblem } from './year-problem';

const NOW = new Date('2026-11-23T12:00:00');

describe('yearProblem', () => {
  it.each([2019, 2021, 2025, 2026])('accepts %i', (year) => {
    expect(yearProblem(year, NOW)).toBeNull();
  });

  it('refuses a year before the national format, saying why', () => {
    expect(yearProblem(2018, NOW)).toContain('国办公开办函〔2019〕60号');
  });

  it('refuses a year that has not begun', () => {
    expect(yearProblem(2027, NOW)).toBe('2027年还没有结束，不能编写该年度的报告。');
  });

  it('asks for a four-digit year when the input is not one', () => {
    expect(yearProblem(Number.NaN, NOW)).toBe('请填写四位数的年份，如 2025。');
  });

  it('starts a new report at the year just ended', () => {
    expect(defaultYear(NOW)).toBe(2025);
  });
});
