/**
 * Which national format a report's tables follow, from the labels they print (spec §6): the 2019
 * layout prints `本年新制作数量`, `其他对外管理服务事项`, `第二十条第（九）项` and a one-row
 * `（六）其他处理`; the 2021 format `本年制发件数`, `现行有效件数` and three rows under （六）. The
 * distinguishing labels are derived from the declaration: those one format prints and the other
 * does not. Not from the year: offices publish later years in the 2019 layout (spec §1).
 */
import { formatIds, formatSpecs } from '../../report';
import type { FormatId } from '../../report';
import { labelKey } from './labels';
import { printedLabels } from './table-rows';

const TABLES = ['二', '三', '四'] as const;

const keysOf = (format: FormatId) =>
  new Set(TABLES.flatMap((t) => printedLabels(formatSpecs[format], t).map(labelKey)));

const distinctive: ReadonlyMap<FormatId, ReadonlySet<string>> = new Map(
  formatIds.map((id) => {
    const others = formatIds.filter((o) => o !== id).map(keysOf);
    return [id, new Set([...keysOf(id)].filter((k) => others.every((o) => !o.has(k))))];
  }),
);

/**
 * The format whose distinguishing labels are printed most, given the labelKey() of every printed
 * cell; null when none is printed (or as many of each).
 */
export function detectFormat(printed: ReadonlySet<string>): FormatId | null {
  const scores = formatIds.map((id) => {
    const keys = distinctive.get(id) ?? new Set<string>();
    return { id, score: [...keys].filter((k) => printed.has(k)).length };
  });
  scores.sort((a, b) => b.score - a.score);
  const [best, second] = scores;
  if (!best || best.score === 0 || best.score === second?.score) return null;
  return best.id;
}
