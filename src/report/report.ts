/**
 * The report as the app holds it and the save file stores it (spec §7: cells keyed by address).
 * `cells` holds every cell the user types; computed cells are never stored for authored reports.
 * `stated` holds computed cells' figures as a published report printed them, so an imported
 * report keeps its figures even where they do not add up (check() says so).
 */
import type { DraftId, DraftState } from './drafting/draft-state';
import type { FeeFieldId, FormatId, MetaTextField, TextSectionId } from './spec';

export type ReportMeta = Record<MetaTextField, string> & { readonly year: number };

export interface Report {
  readonly format: FormatId;
  readonly meta: ReportMeta;
  readonly texts: Readonly<Record<TextSectionId, string>>;
  /** Every input cell's address → its value as written ('' = blank). */
  readonly cells: Readonly<Record<string, string>>;
  /** Computed cells' figures as published (imports only); absent cells are derived. */
  readonly stated: Readonly<Record<string, string>>;
  /** Warnings the user confirmed, by issue key → the reason given. */
  readonly acknowledged: Readonly<Record<string, string>>;
  /**
   * What 六 states about 信息处理费 (spec/fee-statement.ts), as written ('' = not stated). Absent in
   * reports that never stated it (imports, older save files): read as all blank.
   */
  readonly fees?: Readonly<Record<FeeFieldId, string>>;
  /**
   * The sentences the app drafted from the figures (drafting/), by id: still following the tables
   * (`drafted`) or rewritten by the user (`edited`). Absent when nothing was drafted.
   */
  readonly drafted?: Readonly<Partial<Record<DraftId, DraftState>>>;
  /**
   * Last year's report, when this one was started from it (spec §4): the across-year checks and
   * the figures beside each cell need it after a reload too. Never has a `lastYear` of its own.
   */
  readonly lastYear?: Report;
}
