/**
 * Last year's report beside this year's (spec §4, issue #6): which cells were carried and from
 * where, last year's figure of every cell, and whether the user asked to see those figures. Cells
 * read it through useLastYearNote; without a last year there is no context and nothing renders.
 */
import { createContext, useContext } from 'react';
import type { CarryLink, Report } from '../report';

export interface LastYearView {
  readonly report: Report;
  /** Last year's figure for each of this year's cells that had a counterpart. */
  readonly figures: ReadonlyMap<string, string>;
  /** The carry links by this year's cell. */
  readonly links: ReadonlyMap<string, CarryLink>;
  /** The user asked to see last year's figure beside each cell. */
  readonly show: boolean;
}

export const LastYearContext = createContext<LastYearView | null>(null);

export const useLastYear = (): LastYearView | null => useContext(LastYearContext);

export const lastYearIdOf = (address: string): string => `ly-${address}`;

/** The id of the cell's last-year note when it shows one, for the cell's aria-describedby. */
export function useLastYearNoteId(address: string): string | undefined {
  const view = useLastYear();
  if (!view) return undefined;
  const shown =
    view.links.get(address)?.kind === 'copy' || (view.show && view.figures.has(address));
  return shown ? lastYearIdOf(address) : undefined;
}
