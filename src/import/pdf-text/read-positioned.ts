/**
 * readPositioned(lines, fileName?): a report rebuilt from positioned lines (a PDF's page, or text
 * copied out of a PDF with its columns kept) as a Report. The prose is the lines' text, read like
 * any printed report (../printed/read-narrative.ts); the tables are read by column position
 * (printed-rows.ts, column-rows.ts) and assembled like any printed report's (printed-report.ts).
 * Page numbers are dropped first, so a `-4-` printed between two rows of table 三 or inside 五 is
 * neither a figure nor prose; a title printed on two centred lines is read as one.
 */
import { formatIds, formatIndex, metaAddress } from '../../report';
import type { TableId } from '../../report';
import type { ReaderResult } from '../reader';
import { detectFormat } from '../printed/detect-format';
import { findHeadings } from '../printed/headings';
import { labelKey } from '../printed/labels';
import { looksLikeReport } from '../printed/looks-like-report';
import { printedReport } from '../printed/printed-report';
import { readNarrative } from '../printed/read-narrative';
import { labelKeysOf } from '../printed/table-rows';
import { NOT_A_REPORT } from '../published-txt/read-published-text';
import { columnRowReader } from './column-rows';
import type { TableLayouts } from './column-rows';
import { fullBodyName } from './full-body-name';
import { isPageNumber, lineText } from './positioned';
import type { PositionedLine } from './positioned';
import { tableLayout } from './printed-rows';
import { joinTitle } from './title-lines';

const TABLES: readonly TableId[] = ['二', '三', '四'];
const ORDER = ['一', '二', '三', '四', '五', '六'] as const;

/** Keys of the row labels each table declares, in either format. */
const rowKeys: ReadonlyMap<TableId, ReadonlySet<string>> = new Map(
  TABLES.map((table) => [
    table,
    new Set(
      formatIds.flatMap((id) =>
        formatIndex(id)
          .cells.filter((c) => c.table === table)
          .map((c) => labelKey(c.rowLabel)),
      ),
    ),
  ]),
);

/** The lines of each table's section, from its heading (or the one before) to the next heading. */
function tableLines(lines: readonly PositionedLine[], texts: readonly string[], table: TableId) {
  const headings = findHeadings(texts);
  const at = ORDER.indexOf(table);
  const own = headings.find((h) => h.id === table);
  const before = headings.filter((h) => ORDER.indexOf(h.id) < at).at(-1);
  const after = headings.find((h) => ORDER.indexOf(h.id) > at);
  const start = (own ?? before)?.line ?? -1;
  return lines.slice(start + 1, after?.line ?? lines.length);
}

export function readPositioned(
  printed: readonly PositionedLine[],
  fileName?: string,
): ReaderResult {
  const lines = joinTitle(printed.filter((line) => !isPageNumber(lineText(line))));
  const texts = lines.map(lineText);
  if (!looksLikeReport(texts)) return { ok: false, errors: [NOT_A_REPORT] };
  const narrative = readNarrative(texts, fileName);
  const layouts: TableLayouts = Object.fromEntries(
    TABLES.map((table) => [
      table,
      tableLayout(
        tableLines(lines, texts, table),
        rowKeys.get(table) ?? new Set(),
        labelKeysOf(table),
      ),
    ]),
  );
  const printedKeys = new Set(Object.values(layouts).flatMap((l) => [...l.printedKeys]));
  const notes: string[] = [];
  const read = printedReport(narrative, detectFormat(printedKeys), () =>
    columnRowReader(layouts, notes),
  );
  if (!read.ok) return read;
  const body = fullBodyName(read.value.meta.body, [narrative.preface, narrative.texts.一]);
  return {
    ...read,
    value: { ...read.value, meta: { ...read.value.meta, body } },
    unread: body ? read.unread.filter((a) => a !== metaAddress('body')) : read.unread,
    notes: [...notes, ...(read.notes ?? [])],
  };
}
