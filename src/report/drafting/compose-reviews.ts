/**
 * The 行政复议、行政诉讼 sentence from table 四: none (`本年度未发生因政府信息公开引起的行政复议、
 * 行政诉讼案件。`, which X-REVIEW-TEXT reads as "none stated"), or the cases with their results.
 * Result names and groups come from the declaration.
 */
import type { Report } from '../report';
import { formatIndex } from '../spec';
import { allKnown, figuresOf } from './figures-of';
import { count, joinList } from './phrases';

export function composeReviews(report: Report): string | null {
  const { spec } = formatIndex(report.format);
  const f = figuresOf(report);
  const results = spec.table4.columns.filter((c) => !c.sumOfOthers);
  const total = spec.table4.columns.find((c) => c.sumOfOthers);
  if (!total) return null;
  const groups = spec.table4.groups.map((g) => ({
    group: g,
    total: f.value('四', g.id, total.id),
    results: results.map((c) => ({ name: c.label, value: f.value('四', g.id, c.id) })),
  }));
  if (!groups.every((g) => g.total !== null && allKnown(g.results.map((r) => r.value))))
    return null;
  const sumOf = (values: readonly (number | null)[]) =>
    values.reduce<number>((a, b) => a + (b ?? 0), 0);
  const reviews = groups.filter((g) => !g.group.parent);
  const lawsuits = groups.filter((g) => g.group.parent);
  const reviewCount = sumOf(reviews.map((g) => g.total));
  const lawsuitCount = sumOf(lawsuits.map((g) => g.total));
  if (reviewCount === 0 && lawsuitCount === 0)
    return '本年度未发生因政府信息公开引起的行政复议、行政诉讼案件。';
  const resultList = (list: typeof groups) =>
    joinList(
      results
        .map((r, i) => ({ name: r.label, value: sumOf(list.map((g) => g.results[i]?.value ?? 0)) }))
        .filter((r) => r.value > 0)
        .map((r) => `${r.name}${count(r.value)}`),
    );
  const lawsuitLabel = lawsuits[0]?.group.parent ?? '行政诉讼';
  const happened = [
    reviewCount > 0 ? `行政复议${count(reviewCount)}` : null,
    lawsuitCount > 0 ? `${lawsuitLabel}${count(lawsuitCount)}` : null,
  ].filter(Boolean);
  const without = [
    reviewCount === 0 ? '行政复议' : null,
    lawsuitCount === 0 ? lawsuitLabel : null,
  ].filter(Boolean);
  const sentences = [
    `本年度发生因政府信息公开引起的${joinList(happened as string[])}` +
      (without.length > 0 ? `，未发生${without.join('、')}` : '') +
      '。',
  ];
  if (reviewCount > 0) sentences.push(`行政复议中，${resultList(reviews)}。`);
  if (lawsuitCount > 0) {
    const kinds = joinList(
      lawsuits
        .filter((g) => (g.total ?? 0) > 0)
        .map((g) => `${g.group.label}${count(g.total ?? 0)}`),
    );
    sentences.push(`${lawsuitLabel}中，${kinds}；${resultList(lawsuits)}。`);
  }
  return sentences.join('');
}
