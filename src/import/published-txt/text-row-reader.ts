/**
 * Finds each declared row in a published text's flattened tables, by label, and reads its cells:
 * the RowReader that the shared table reading (../printed/read-tables.ts) asks for each row.
 */
import type { TableId } from '../../report';
import type { RowReader } from '../printed/read-tables';
import { labelKey } from '../printed/labels';
import { labelKeysOf, ownLabelKeysOf } from '../printed/table-rows';
import type { RowSpec } from '../printed/table-rows';
import { readRow } from './read-row';
import type { TableTokens } from './table-tokens';

export type TableRegions = Readonly<Partial<Record<TableId, TableTokens>>>;

/** Index of the token a row's figures follow, or null when the row is not printed. */
function rowStart(row: RowSpec, table: TableTokens): number | null {
  if (row.label !== undefined) {
    const key = labelKey(row.label);
    const at = table.tokens.findIndex((t) => t.key === key);
    return at < 0 ? null : at;
  }
  // Table 四 prints no row label: its figures follow its header, found by a cell only 四 prints
  // (a heading-less 四 shares its stretch of text with 三, whose header also ends in `总计`).
  const own = ownLabelKeysOf(row.table);
  const header = labelKeysOf(row.table);
  let at = table.tokens.findLastIndex((t) => own.has(t.key));
  if (at < 0) return null;
  while (header.has(table.tokens[at + 1]?.key ?? '')) at += 1;
  return at;
}

export function textRowReader(regions: TableRegions): RowReader {
  return (row) => {
    const table = regions[row.table];
    const after = table ? rowStart(row, table) : null;
    if (!table || after === null) return null;
    return readRow(table, {
      after,
      width: row.cells.length,
      stops: labelKeysOf(row.table),
      acrossLines: row.label === undefined,
    });
  };
}
