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

/** The first report year the format system covers (条例 revised 2019). */
export const FIRST_YEAR = 2019;

/** The format a report year should use: 2019–2020 → 2019, later → 2021 (spec §1). */
export const formatForYear = (year: number): FormatId => (year >= 2021 ? '2021' : '2019');
