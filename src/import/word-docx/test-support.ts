/**
 * Builds Word files by hand for the reader's tests, as another office's Word would save them: a
 * minimal package (content types, the officeDocument relationship, word/document.xml) zipped with
 * fflate, whose body is written here as WordprocessingML — paragraphs, and tables whose merged
 * cells are real `w:gridSpan` / `w:vMerge` merges. wordBody() lays a report out as the official
 * tables are (the merged layout of src/report/table-layout.ts), with the figures of figures() —
 * for a published fixture, exactly as published — and options for the ways real files differ.
 */
import { strToU8, zipSync } from 'fflate';
import {
  figures,
  formatIndex,
  sections,
  table2Layouts,
  table3Layout,
  table4Layout,
} from '../../report';
import type { CellFact, Report, SpanCell, TableId, TableLayout } from '../../report';

/** A table cell: its text, columns spanned, and rows spanned (a vertical merge) when above 1. */
export interface BuiltCell {
  readonly text: string;
  readonly colSpan: number;
  readonly rowSpan: number;
}

export type BuiltRow = readonly BuiltCell[];

const escapeXml = (text: string) =>
  text.replace(
    /[&<>"]/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c] ?? c,
  );

const run = (text: string) =>
  text
    .split('\n')
    .map((line) => `<w:r><w:t xml:space="preserve">${escapeXml(line)}</w:t></w:r>`)
    .join('<w:r><w:br/></w:r>');

export const paragraph = (text: string): string => `<w:p>${run(text)}</w:p>`;

function tableCell(text: string, colSpan: number, merge?: 'restart' | 'continue'): string {
  const span = colSpan > 1 ? `<w:gridSpan w:val="${colSpan}"/>` : '';
  const vMerge = merge === 'restart' ? '<w:vMerge w:val="restart"/>' : merge ? '<w:vMerge/>' : '';
  return `<w:tc><w:tcPr>${span}${vMerge}</w:tcPr>${paragraph(text)}</w:tc>`;
}

/**
 * A table from rows of cells placed as in HTML: a cell spanning rows takes its columns in the rows
 * below, where Word writes a `w:vMerge` continuation cell of the same width.
 */
export function table(rows: readonly BuiltRow[]): string {
  const below = new Map<number, { until: number; colSpan: number }>();
  const lines = rows.map((row, r) => {
    const queue = [...row];
    const cells: string[] = [];
    let column = 0;
    for (;;) {
      const merged = below.get(column);
      if (merged && merged.until >= r) {
        cells.push(tableCell('', merged.colSpan, 'continue'));
        column += merged.colSpan;
        continue;
      }
      const cell = queue.shift();
      if (!cell) break;
      cells.push(tableCell(cell.text, cell.colSpan, cell.rowSpan > 1 ? 'restart' : undefined));
      if (cell.rowSpan > 1)
        below.set(column, { until: r + cell.rowSpan - 1, colSpan: cell.colSpan });
      column += cell.colSpan;
    }
    return `<w:tr>${cells.join('')}</w:tr>`;
  });
  return `<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/></w:tblPr>${lines.join('')}</w:tbl>`;
}

const CONTENT_TYPES =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>';
const PACKAGE_RELS =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>';

export const documentXml = (body: readonly string[]): string =>
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body.join('')}<w:sectPr/></w:body></w:document>`;

/** A .docx package holding `body` (paragraph and table XML, in order). */
export const wordDocx = (body: readonly string[]): Uint8Array =>
  zipSync({
    '[Content_Types].xml': strToU8(CONTENT_TYPES),
    '_rels/.rels': strToU8(PACKAGE_RELS),
    'word/document.xml': strToU8(documentXml(body)),
  });

export interface LayoutOptions {
  /** Each heading as printed; by default the official one. */
  readonly heading?: (heading: string, position: number) => string;
  /** Each figure as printed; by default as figures() gives it. */
  readonly figure?: (value: string, address: string) => string;
  /** Each label as printed; by default the declaration's. */
  readonly label?: (label: string) => string;
  /** Merged cells split into one per position, the text repeated in each or in the first only. */
  readonly unmerged?: 'repeat' | 'first';
  /** An empty column at the left of every table (a spacer column some templates carry). */
  readonly extraColumn?: boolean;
  /**
   * Tables broken in two after their `n`-th body row (table 四: after its header), as a page break
   * or a copy from PDF leaves them; `repeatHeader` repeats the header atop the second part.
   */
  readonly split?: Partial<
    Record<TableId, { readonly after: number; readonly repeatHeader?: boolean }>
  >;
}

const spanCell = (c: SpanCell, label: (text: string) => string): BuiltCell => ({
  text: label(c.label),
  colSpan: c.colSpan,
  rowSpan: c.rowSpan,
});

/**
 * Rows without merges: a spanning cell becomes one cell per position, holding its text in each
 * (`repeat`, as some offices type a header into every cell) or in the first only (`first`, as
 * Word's "split cells" leaves it).
 */
function unmerge(rows: readonly BuiltRow[], texts: 'repeat' | 'first'): BuiltRow[] {
  const grid: BuiltCell[][] = rows.map(() => []);
  for (const cell of place(rows)) {
    for (let dr = 0; dr < cell.rowSpan; dr += 1) {
      for (let dc = 0; dc < cell.colSpan; dc += 1) {
        const text = texts === 'repeat' || (dr === 0 && dc === 0) ? cell.text : '';
        const line = grid[cell.row + dr];
        if (line) line[cell.column + dc] = { text, colSpan: 1, rowSpan: 1 };
      }
    }
  }
  return grid;
}

interface TableRows {
  readonly header: readonly BuiltRow[];
  readonly body: readonly BuiltRow[];
}

function layoutRows(
  layout: TableLayout,
  value: (cell: CellFact) => string,
  options: LayoutOptions,
): TableRows {
  const label = options.label ?? ((text: string) => text);
  const header = layout.header.map((row) => row.map((c) => spanCell(c, label)));
  const body = layout.rows.map((row) => [
    ...row.labels.map((c) => spanCell(c, label)),
    ...row.cells.map((c) => ({ text: value(c), colSpan: c.colSpan, rowSpan: 1 })),
  ]);
  return { header, body };
}

interface Placed extends BuiltCell {
  readonly row: number;
  readonly column: number;
}

/** Where each cell sits, as HTML places cells around those spanning down from above. */
function place(rows: readonly BuiltRow[]): Placed[] {
  const taken = new Set<string>();
  return rows.flatMap((row, r) => {
    let column = 0;
    return row.map((cell) => {
      while (taken.has(`${r},${column}`)) column += 1;
      for (let dr = 0; dr < cell.rowSpan; dr += 1) {
        for (let dc = 0; dc < cell.colSpan; dc += 1) taken.add(`${r + dr},${column + dc}`);
      }
      const placed = { ...cell, row: r, column };
      column += cell.colSpan;
      return placed;
    });
  });
}

/** Rows `from`–`to` (exclusive) of placed cells; a cell spanning across `from` restarts empty. */
function slice(cells: readonly Placed[], from: number, to: number): BuiltRow[] {
  const rows: Placed[][] = Array.from({ length: to - from }, () => []);
  for (const cell of cells) {
    const end = Math.min(cell.row + cell.rowSpan, to);
    const start = Math.max(cell.row, from);
    if (start >= end) continue;
    const text = start === cell.row ? cell.text : '';
    rows[start - from]?.push({ ...cell, text, row: start, rowSpan: end - start });
  }
  return rows.map((row) => row.sort((a, b) => a.column - b.column));
}

function tablesOf(id: TableId, rows: TableRows, options: LayoutOptions): string[] {
  const spacer: BuiltCell = { text: '', colSpan: 1, rowSpan: 1 };
  const shape = (part: readonly BuiltRow[]) => {
    const flat = options.unmerged ? unmerge(part, options.unmerged) : part;
    return options.extraColumn ? flat.map((row) => [spacer, ...row]) : flat;
  };
  const all = place([...rows.header, ...rows.body]);
  const length = rows.header.length + rows.body.length;
  const split = options.split?.[id];
  if (!split) return [table(shape(slice(all, 0, length)))];
  // Word splits a merged cell at the break: the part below starts an empty merge of its own.
  const at = rows.header.length + split.after;
  const header = split.repeatHeader ? slice(all, 0, rows.header.length) : [];
  return [table(shape(slice(all, 0, at))), table(shape([...header, ...slice(all, at, length)]))];
}

/** The body of a Word file printing `report`: title, preface, the six sections. */
export function wordBody(report: Report, options: LayoutOptions = {}): string[] {
  const index = formatIndex(report.format);
  const values = new Map(figures(report));
  const value = (cell: CellFact) => {
    const shown = values.get(cell.address) ?? '';
    return options.figure ? options.figure(shown, cell.address) : shown;
  };
  const t2 = table2Layouts(index).map((l) => layoutRows(l, value, options));
  const t4 = layoutRows(table4Layout(index), value, options);
  const tables: Record<TableId, TableRows> = {
    二: { header: [], body: t2.flatMap((b) => [...b.header, ...b.body]) },
    三: layoutRows(table3Layout(index), value, options),
    四: { header: t4.header, body: t4.body },
  };
  const lines = (text: string) => text.split('\n').filter(Boolean).map(paragraph);
  return [
    ...(report.meta.title ? [paragraph(report.meta.title)] : []),
    ...lines(report.meta.preface),
    ...sections.flatMap((section, i) => [
      paragraph(options.heading ? options.heading(section.heading, i) : section.heading),
      ...(section.kind === 'text'
        ? lines(report.texts[section.id])
        : tablesOf(section.id, tables[section.id], options)),
    ]),
  ];
}
