/**
 * Where a cell or field is, in the words the form and the printed report show (issue #14): rows
 * and columns by their printed labels in the report's own format, never by address. The form does
 * not number its rows, so `三/18/自然人` cannot be found on screen; `表三“（三）不予公开 —
 * 1.属于国家秘密”行，“自然人”列` can. Addresses stay the machine's names (save file, `check --json`,
 * tooltips); every message a person reads names places through this module.
 */
import { perIndex } from './memo';
import { feeAddress, feeFields, sections } from './spec';
import type { CellFact, FormatIndex } from './spec';

/** The label a row of 三 is printed with, preceded by its numbered group (`（三）不予公开 — 1.…`). */
const table3RowLabels = perIndex((index: FormatIndex) => {
  const groups = new Map<string, string>();
  const rows = new Map<string, string>();
  for (const line of index.gridLines) {
    if (line.node.type === 'group') {
      groups.set(line.node.id, line.node.label);
      continue;
    }
    // The outermost group (`三、本年度办理结果`) is a heading, not part of a row's name; a numbered
    // sub-row (`1.属于国家秘密`) cannot be told apart from the others without its group.
    const inner = line.groups.length > 1 ? groups.get(line.groups.at(-1) ?? '') : undefined;
    rows.set(line.node.id, inner ? `${inner} — ${line.node.label}` : line.node.label);
  }
  return rows;
});

const blockHeadings = perIndex(
  (index: FormatIndex) => new Map(index.spec.table2.blocks.map((b) => [b.id, b.heading])),
);

const caseGroups = perIndex(
  (index: FormatIndex) =>
    new Map(
      index.spec.table4.groups.map((g) => [g.id, g.parent ? `${g.parent} — ${g.label}` : g.label]),
    ),
);

/** The row of a cell as printed: `“（三）不予公开 — 1.属于国家秘密”行`; table 四 names its group. */
export function rowPlace(index: FormatIndex, cell: CellFact): string {
  if (cell.table === '三') {
    return `“${table3RowLabels(index).get(cell.rowId) ?? cell.rowLabel}”行`;
  }
  if (cell.table === '二') {
    const heading = blockHeadings(index).get(cell.blockId);
    return `“${heading ? `${heading} — ` : ''}${cell.rowLabel}”行`;
  }
  return `“${caseGroups(index).get(cell.rowId) ?? cell.rowLabel}”栏`;
}

/** The row label of 三 alone, without quotes (`一、本年新收政府信息公开申请数量`). */
export const table3RowLabel = (index: FormatIndex, rowId: string): string =>
  table3RowLabels(index).get(rowId) ?? rowId;

/** A cell inside its table, without naming the table: `“…”行，“自然人”列`. */
export const cellInTable = (index: FormatIndex, cell: CellFact): string =>
  `${rowPlace(index, cell)}${cell.table === '四' ? '' : '，'}“${cell.columnLabel}”列`;

/** A cell with its table: `表三“（三）不予公开 — 1.属于国家秘密”行，“自然人”列`. */
export const cellPlace = (index: FormatIndex, cell: CellFact): string =>
  `表${cell.table}${cellInTable(index, cell)}`;

const sectionHeadings = new Map(sections.map((s) => [s.id as string, s.heading]));
const feePlaces = new Map(
  feeFields.map((f) => [feeAddress(f), `正文“六、其他需要报告的事项”的“${f.label}”`]),
);

/** The heading of a text section as printed: `“五、存在的主要问题及改进情况”`. */
export const sectionPlace = (id: string): string => `“${sectionHeadings.get(id) ?? id}”`;

/**
 * Any address a rule can name — a numeric cell, a text section (`正文/五`), a front-matter field
 * (`机关全称`), a 信息处理费 field — as a person would find it on screen.
 */
export function placeOf(index: FormatIndex, address: string): string {
  const cell = index.byAddress.get(address);
  if (cell) return cellPlace(index, cell);
  const fee = feePlaces.get(address);
  if (fee) return fee;
  const text = /^正文\/(.+)$/.exec(address);
  if (text) return `正文${sectionPlace(text[1] ?? '')}`;
  // Front-matter fields (`机关全称`, `报告年度`) are named by their label already.
  return `“${address}”`;
}

/** What a cell counts in: 件 for applications, cases and documents, 项 for items, 万元 for amounts. */
export function unitOf(cell: CellFact): string {
  if (cell.kind === 'amount') return '万元';
  return cell.columnLabel.includes('项目') ? '项' : '件';
}

/** A difference said plainly: `多 1 件`, `少 2 件` (never `相差 -2`). */
export const moreOrLess = (difference: number, unit = '件'): string =>
  `${difference > 0 ? '多' : '少'} ${formatNumber(Math.abs(difference))}${unit ? ` ${unit}` : ''}`;

/** Amounts are summed in floating point; a difference is shown without binary noise. */
const formatNumber = (n: number): string => String(Number(n.toFixed(6)));
