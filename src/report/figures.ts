/**
 * The figures of a report, one per numeric cell in declaration order, written as spec §7 says:
 * integers as digits, 本年增/减 signed, amounts with their decimals, blank as ''. Computed cells hold
 * the published figure where the report stated one (which may disagree with the sum), else the sum.
 */
import { cellTextToKeep as canonical } from './cell-value';
import { evaluate } from './derive';
import type { Report } from './report';

export type Figure = readonly [address: string, value: string];

export function figures(report: Report): Figure[] {
  const { index, derived } = evaluate(report);
  return index.cells.map((cell): Figure => {
    if (!cell.sumOf) return [cell.address, canonical(cell.kind, report.cells[cell.address] ?? '')];
    const published = report.stated[cell.address];
    if (published !== undefined) return [cell.address, canonical(cell.kind, published)];
    const sum = derived.get(cell.address);
    return [cell.address, sum === null || sum === undefined ? '' : String(sum)];
  });
}
