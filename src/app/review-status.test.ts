import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseSaveFile } from '../report';
import type { Report } from '../report';
import { reviewStatus } from './review-status';

function fixture(name: string): Report {
  const parsed = parseSaveFile(
    readFileSync(new URL(`../../fixtures/published/${name}.json`, import.meta.url), 'utf8'),
  );
  if (!parsed.ok) throw new Error(parsed.errors.join(' '));
  return parsed.value;
}

const statusOf = (review: ReturnType<typeof reviewStatus>) =>
  Object.fromEntries(review.parts.map((p) => [p.id, p.status]));

describe('reviewStatus', () => {
  it('says every part was read when nothing is missing', () => {
    const review = reviewStatus(fixture('bogang-2021'), []);
    expect(statusOf(review)).toEqual({
      title: 'ok',
      一: 'ok',
      二: 'ok',
      三: 'ok',
      四: 'ok',
      五: 'ok',
      六: 'ok',
    });
    expect(review.parts.find((p) => p.id === '三')?.detail).toBe('175 格中读出 175 格。');
    expect(review.inconsistent.size).toBe(0);
  });

  it('counts unread cells per table: some is partial, all is failed', () => {
    const report = fixture('bogang-2021');
    const table4 = ['行政复议', '未经复议直接起诉', '复议后起诉'].flatMap((group) =>
      ['结果维持', '结果纠正', '其他结果', '尚未审结', '总计'].map((c) => `四/${group}/${c}`),
    );
    const review = reviewStatus(report, ['二/（一）/规章/本年制发件数', ...table4, '正文/五']);
    expect(statusOf(review)).toMatchObject({ 二: 'partial', 四: 'failed', 五: 'failed' });
    expect(review.parts.find((p) => p.id === '二')?.detail).toBe(
      '10 格中读出 9 格，1 格未读出（留空）。',
    );
    expect(review.unread.has('四/行政复议/总计')).toBe(true);
  });

  it('marks the cells check() finds disagreeing, not blank ones', () => {
    const report = fixture('bogang-2021');
    const unbalanced = { ...report, stated: { ...report.stated, '三/24/总计': '5' } };
    const review = reviewStatus(unbalanced, []);
    expect(review.inconsistent.has('三/24/总计')).toBe(true);
    expect(review.parts.find((p) => p.id === '三')?.detail).toMatch(/格数字不一致。$/);
  });

  it('says the title was not found', () => {
    const review = reviewStatus(fixture('jiliao-2021-in-2019-layout'), ['报告标题']);
    expect(review.parts[0]).toMatchObject({ status: 'partial' });
  });
});
