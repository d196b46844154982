/** The two national formats, each assembled from its tables. Sections are the same in both. */
import { table2Format2019, table2Format2021 } from './table-2';
import { table3Format2019, table3Format2021 } from './table-3';
import { table4 } from './table-4';
import type {
  FormatId,
  GridGroupIds,
  GridRowIds,
  Table2Spec,
  Table3Spec,
  Table4Spec,
} from './types';

type Table2Declared = typeof table2Format2021 | typeof table2Format2019;
type Table2Block = Table2Declared['blocks'][number];
type Table3Declared = typeof table3Format2021 | typeof table3Format2019;

/*
 * Every id as the union of the declared ones (issue #12): adding a row to a declaration adds its
 * id here, and a misspelt id anywhere fails to compile.
 */
export type Table2BlockId = Table2Block['id'];
export type Table2RowId = Table2Block['rows'][number]['id'];
export type Table2ColumnId = Table2Block['columns'][number]['id'];
export type Table3RowId = GridRowIds<Table3Declared['rows'][number]>;
export type Table3GroupId = GridGroupIds<Table3Declared['rows'][number]>;
export type Table3ColumnId = Table3Declared['columns'][number]['id'];
export type Table4GroupId = (typeof table4)['groups'][number]['id'];
export type Table4ColumnId = (typeof table4)['columns'][number]['id'];
/** A row of any table (table 四's rows are its groups). */
export type RowId = Table2RowId | Table3RowId | Table4GroupId;
export type ColumnId = Table2ColumnId | Table3ColumnId | Table4ColumnId;

export interface FormatSpec {
  readonly id: FormatId;
  /** The notice that fixes this format. */
  readonly notice: string;
  /** Report years this format is meant for (inclusive; `to` null = open-ended). */
  readonly years: { readonly from: number; readonly to: number | null };
  readonly table2: Table2Spec<Table2BlockId, Table2RowId, Table2ColumnId>;
  readonly table3: Table3Spec<Table3RowId, Table3GroupId, Table3ColumnId>;
  readonly table4: Table4Spec<Table4GroupId, Table4ColumnId>;
}

export const formatSpecs: Readonly<Record<FormatId, FormatSpec>> = {
  '2021': {
    id: '2021',
    notice: '国办公开办函〔2021〕30号',
    years: { from: 2021, to: null },
    table2: table2Format2021,
    table3: table3Format2021,
    table4,
  },
  '2019': {
    id: '2019',
    notice: '国办公开办函〔2019〕60号',
    years: { from: 2019, to: 2020 },
    table2: table2Format2019,
    table3: table3Format2019,
    table4,
  },
};

export const formatIds: readonly FormatId[] = ['2021', '2019'];

/** The first report year the format system covers (条例 revised 2019): the earliest declared `from`. */
export const FIRST_YEAR = Math.min(...formatIds.map((id) => formatSpecs[id].years.from));

/**
 * The format a report year should use, from the formats' declared year ranges (spec §1: 2019–2020
 * → 2019, later → 2021). A year before every range takes the earliest format.
 */
export function formatForYear(year: number): FormatId {
  const covering = formatIds.find((id) => {
    const { from, to } = formatSpecs[id].years;
    return year >= from && (to === null || year <= to);
  });
  return (
    covering ??
    formatIds.reduce((a, b) => (formatSpecs[a].years.from <= formatSpecs[b].years.from ? a : b))
  );
}
