import { describe, expect, it } from 'vitest';
import { changeFromLastYear, count, joinAnd, joinList, percent } from './phrases';

describe('count', () => {
  it('writes the figure with its measure word', () => {
    expect(count(1)).toBe('1件');
    expect(count(4119)).toBe('4119件');
    expect(count(3, '条')).toBe('3条');
  });
});

describe('joinAnd', () => {
  it.each([
    [[], ''],
    [['规章'], '规章'],
    [['规章', '行政规范性文件'], '规章和行政规范性文件'],
    [['行政许可', '行政处罚', '行政强制'], '行政许可、行政处罚和行政强制'],
  ] as const)('joins %j as %j', (items, expected) => {
    expect(joinAnd(items)).toBe(expected);
  });
});

describe('joinList', () => {
  it('joins counted items with 、', () => {
    expect(joinList(['予以公开5件', '部分公开1件'])).toBe('予以公开5件、部分公开1件');
  });
});

describe('percent', () => {
  it.each([
    [1, 1, '100%'],
    [6, 7, '85.7%'],
    [1, 3, '33.3%'],
    [0, 5, '0%'],
    [1, 8, '12.5%'],
    [2, 2000, '0.1%'],
  ])('gives %i of %i as %s', (part, whole, expected) => {
    expect(percent(part, whole)).toBe(expected);
  });

  it('is null when the whole is 0', () => {
    expect(percent(0, 0)).toBeNull();
  });
});

describe('changeFromLastYear', () => {
  it.each([
    [10, 7, '较上年增加3件，增长42.9%'],
    [8, 10, '较上年减少2件，下降20%'],
    [5, 5, '与上年持平'],
    [3, 0, '较上年增加3件'],
    [0, 4, '较上年减少4件，下降100%'],
    [1200, 1000, '较上年增加200件，增长20%'],
  ])('says %i against %i as %s', (now, before, expected) => {
    expect(changeFromLastYear(now, before)).toBe(expected);
  });
});
