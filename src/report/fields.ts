/**
 * Addresses of the report's text fields, used where an issue points at text rather than a cell.
 * Numeric cells use the addresses of spec §7; these follow the same `段/名` style in Chinese.
 */
import { feeAddress, feeFields, metaFields, textSectionIds } from './spec';
import type { MetaTextField, TextSectionId } from './spec';

export const YEAR_FIELD = '报告年度';
export const FORMAT_FIELD = '表格格式';

export const metaAddress = (id: MetaTextField): string =>
  metaFields.find((f) => f.id === id)?.label ?? id;

export const textAddress = (id: TextSectionId): string => `正文/${id}`;

/** Every text-field address, for checking that rules point at things that exist. */
export const fieldAddresses: readonly string[] = [
  YEAR_FIELD,
  FORMAT_FIELD,
  ...metaFields.map((f) => f.label),
  ...textSectionIds.map(textAddress),
  ...feeFields.map(feeAddress),
];
