/**
 * The small pieces of the register these reports are written in (built from the published reports
 * in ../shared/fixtures/published/ and the 2021 notice's model text): counts with their measure
 * word, lists joined with 、 and 和, shares as percentages, and the change against last year.
 * Zero is never written as a count: a sentence says 未… instead, so these helpers only ever see
 * counts of one or more.
 */

/** `12件`: a count with its measure word (Arabic digits, as the published reports write figures). */
export const count = (n: number, unit = '件'): string => `${n}${unit}`;

/** `甲、乙和丙`: the official reports join two or more items with 、 and the last with 和. */
export function joinAnd(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join('、')}和${items.at(-1) ?? ''}`;
}

/** `甲、乙、丙`: a list of counted items (`予以公开5件、部分公开1件`). */
export const joinList = (items: readonly string[]): string => items.join('、');

/**
 * A share as a percentage with at most one decimal, without trailing zeros: `85.7%`, `100%`.
 * Null when there is nothing to share (a whole of 0).
 */
export function percent(part: number, whole: number): string | null {
  if (whole <= 0) return null;
  const value = Math.round((part / whole) * 1000) / 10;
  return `${Number.isInteger(value) ? value.toFixed(0) : value.toFixed(1)}%`;
}

/**
 * The change against last year's figure, as reports word it: `较上年增加3件，增长42.9%`,
 * `较上年减少2件，下降20%`, `与上年持平`; from 0 only the count rises (no percentage of nothing).
 */
export function changeFromLastYear(now: number, before: number, unit = '件'): string {
  if (now === before) return '与上年持平';
  const difference = Math.abs(now - before);
  const rate = percent(difference, before);
  const direction = now > before ? ['增加', '增长'] : ['减少', '下降'];
  return rate
    ? `较上年${direction[0]}${count(difference, unit)}，${direction[1]}${rate}`
    : `较上年${direction[0]}${count(difference, unit)}`;
}
