/**
 * A computed cell: shown, never typed (not an input, not in the tab order), visibly different.
 * Blank while any cell it sums is blank — a blank is not a zero.
 */
import type { CellFact } from '../report';
import { useAnalysis } from './analysis-context';
import { CellMarker, useCellIssues } from './cell-marker';
import { domIdOf, messageIdOf } from './dom-ids';
import { useLastYearNoteId } from './last-year-context';
import { LastYearNote } from './last-year-note';

export function TotalCell({ cell, rowName }: { cell: CellFact; rowName?: string }) {
  const value = useAnalysis((a) => a.derived.get(cell.address) ?? null);
  const encoded = useCellIssues(cell.address);
  const lastYearNote = useLastYearNoteId(cell.address);
  return (
    <td className="cell cell-total">
      <output
        id={domIdOf(cell.address)}
        tabIndex={-1}
        aria-label={`${rowName ?? cell.rowLabel} — ${cell.columnLabel}（自动合计）`}
        aria-describedby={
          [encoded ? messageIdOf(cell.address) : '', lastYearNote ?? '']
            .filter(Boolean)
            .join(' ') || undefined
        }
        title={value === null ? '相关格未填完，暂不合计' : '自动合计，不能手填'}
      >
        {value === null ? '' : value}
      </output>
      <CellMarker address={cell.address} encoded={encoded} />
      {lastYearNote ? <LastYearNote address={cell.address} /> : null}
    </td>
  );
}
