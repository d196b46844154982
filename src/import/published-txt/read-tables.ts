/**
 * Reads tables 二, 三 and 四 by their labels into the report's cells (typed cells) and `stated`
 * (computed cells: 总计, （七）总计, 四's 总计), every figure as published — a total that does not add
 * up is kept and check() reports it (spec §6). A cell printed `/`, `-` or `—`, or that cannot be
 * read, stays blank (never 0) with a note naming its address; so does a row that is not found.
 */
import { parseCell } from '../../report';
import type { CellFact, FormatId, TableId } from '../../report';
import { isBlankMark, labelKey } from './labels';
import { readRow } from './read-row';
import type { RowCells } from './read-row';
import { labelKeysOf, ownLabelKeysOf, rowSpecs } from './table-rows';
import type { RowSpec } from './table-rows';
import type { TableTokens } from './table-tokens';

export type TableRegions = Readonly<Partial<Record<TableId, TableTokens>>>;

export interface TableFigures {
  /** Typed cells found, by address. */
  readonly cells: Readonly<Record<string, string>>;
  /** Computed cells found, by address, as published. */
  readonly stated: Readonly<Record<string, string>>;
  readonly notes: readonly string[];
}

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

function figureOf(cell: CellFact, raw: string, notes: string[]): string {
  if (raw === '') return '';
  if (isBlankMark(raw)) {
    notes.push(`${cell.address}：报告中为“${raw}”，按空白导入（空白不等于0）。`);
    return '';
  }
  const parsed = parseCell(cell.kind, raw);
  if (parsed.state === 'ok') return parsed.text;
  if (parsed.state === 'invalid') {
    notes.push(`${cell.address}：无法识别“${raw}”（${parsed.message}），已留空。`);
  }
  return '';
}

function rowNotes(row: RowSpec, read: RowCells): string[] {
  const name = `表${row.table}${row.label ? `“${row.label}”这一行` : '的数字'}`;
  const notes: string[] = [];
  if (read.missing > 0) {
    const lacking = row.cells.slice(row.cells.length - read.missing).map((c) => c.address);
    notes.push(`${name}少了 ${read.missing} 格，${lacking.join('、')} 留空。`);
  }
  if (read.extra.length > 0) {
    notes.push(`${name}多出 ${read.extra.length} 格（${read.extra.join('、')}），未导入。`);
  }
  return notes;
}

function missingRowNote(row: RowSpec): string {
  const first = row.cells[0]?.address ?? '';
  const last = row.cells[row.cells.length - 1]?.address ?? '';
  const span = row.cells.length > 1 ? `${first} 至 ${last}` : first;
  return `表${row.table}没有找到“${row.label ?? ''}”这一行，${span} 留空。`;
}

export function readTables(format: FormatId, regions: TableRegions): TableFigures {
  const cells: Record<string, string> = {};
  const stated: Record<string, string> = {};
  const notes: string[] = [];
  const unread = new Map<TableId, RowSpec[]>();
  for (const row of rowSpecs(format)) {
    const table = regions[row.table];
    const after = table ? rowStart(row, table) : null;
    if (!table || after === null) {
      unread.set(row.table, [...(unread.get(row.table) ?? []), row]);
      continue;
    }
    const read = readRow(table, {
      after,
      width: row.cells.length,
      stops: labelKeysOf(row.table),
      acrossLines: row.label === undefined,
    });
    row.cells.forEach((cell, i) => {
      const value = figureOf(cell, read.cells[i] ?? '', notes);
      if (cell.sumOf) stated[cell.address] = value;
      else cells[cell.address] = value;
    });
    notes.push(...rowNotes(row, read));
  }
  const rowsOf = (table: TableId) => rowSpecs(format).filter((r) => r.table === table).length;
  for (const [table, rows] of unread) {
    if (rows.length === rowsOf(table)) notes.push(`没有找到表${table}的数字，表${table}留空。`);
    else notes.push(...rows.map(missingRowNote));
  }
  return { cells, stated, notes };
}
