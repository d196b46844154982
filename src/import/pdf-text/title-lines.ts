/**
 * A report's title is often printed on two centred lines (`洪泽区人民政府` /
 * `2023 年政府信息公开工作年度报告`). Before the first heading, a short line that does not say
 * 报告 followed by one that ends in 报告 is one title: the two are joined, so the title, the body
 * and the year are read from it rather than the first line being taken for the preface.
 */
import { lineText } from './positioned';
import type { PositionedLine } from './positioned';

/** Longer lines are paragraphs, not title lines. */
const MAX_TITLE_LINE = 40;
const isShort = (text: string) => text.trim() !== '' && text.trim().length <= MAX_TITLE_LINE;

export function joinTitle(lines: readonly PositionedLine[]): readonly PositionedLine[] {
  const [first, second, ...rest] = lines;
  if (!first || !second) return lines;
  const [a, b] = [lineText(first), lineText(second)];
  const split = isShort(a) && isShort(b) && !a.includes('报告') && /报告\s*$/.test(b);
  if (!split) return lines;
  // One run, spaces beside Chinese dropped (`2023 年` is one printed phrase set in two fonts).
  const text = `${a}${b}`.replace(/\s*([^\x21-\x7e\s])\s*/g, '$1');
  const x0 = Math.min(...first.runs.map((r) => r.x0));
  const x1 = Math.max(...first.runs.map((r) => r.x1));
  return [{ ...first, runs: [{ text, x0, x1 }] }, ...rest];
}
