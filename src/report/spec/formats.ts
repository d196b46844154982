/** The two national formats, each assembled from its tables. Sections are the same in both. */
import { table2Format2019, table2Format2021 } from './table-2';
import { table3Format2019, table3Format2021 } from './table-3';
import { table4 } from './table-4';
import type { FormatId, FormatSpec } from './types';

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
