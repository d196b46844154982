/**
 * One layout for every view (#12): the merged headers of tables 三 and 四 as the form grid, the
 * print view and the .docx draw them are read back from what each renders (HTML `<th>` spans,
 * Word `w:gridSpan`/`w:vMerge`) and must equal `table3Layout`/`table4Layout`. The form draws its
 * labels in one indented column, so its top-left note spans one column where print spans three.
 * Table 二's rows, header and body, span their cells as `table2Layouts` says in all three.
 */
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { exportDocx } from '../export/docx';
import { docxParts } from '../export/docx/test-support';
import { ReportStoreContext } from '../form/analysis-context';
import { CellEditingContext } from '../form/cell-editing';
import type { CellEditing } from '../form/cell-editing';
import { ItemsTable } from '../form/items-table';
import { LayoutHeader } from '../form/layout-header';
import { createReportStore } from '../form/report-store';
import { elements, firstElement, parseXml, textContent } from '../import/word/xml';
import type { XmlElement } from '../import/word/xml';
import { PrintTable } from '../print/print-table';
import {
  emptyReport,
  formatIds,
  formatIndex,
  headerOver,
  table2Layouts,
  table3Layout,
  table4Layout,
} from '../report';
import type { SpanCell, TableLayout } from '../report';

type Spans = Pick<SpanCell, 'label' | 'colSpan' | 'rowSpan'>[][];

const plain = (rows: readonly (readonly SpanCell[])[]): Spans =>
  rows.map((row) => row.map(({ label, colSpan, rowSpan }) => ({ label, colSpan, rowSpan })));

/** The `<thead>` of the first table in `html`, as rows of header cells with their spans. */
function htmlHeader(html: string): Spans {
  const head = /<thead>([\s\S]*?)<\/thead>/.exec(html)?.[1] ?? '';
  return [...head.matchAll(/<tr[^>]*>([\s\S]*?)<\/tr>/g)].map((tr) =>
    [...(tr[1] ?? '').matchAll(/<th([^>]*)>([\s\S]*?)<\/th>/g)].map(([, attrs = '', label]) => ({
      label: (label ?? '').replace(/<[^>]+>/g, ''),
      colSpan: Number(/colSpan="(\d+)"/i.exec(attrs)?.[1] ?? 1),
      rowSpan: Number(/rowSpan="(\d+)"/i.exec(attrs)?.[1] ?? 1),
    })),
  );
}

/**
 * A Word table's repeated header rows (`w:tblHeader`) as span cells: a `w:vMerge` restart cell
 * spans down over the `continue` cells at its grid position below it.
 */
function wordHeader(table: XmlElement): Spans {
  const rows = elements(table, 'w:tr').filter((tr) => {
    const trPr = firstElement(tr, 'w:trPr');
    return trPr !== undefined && firstElement(trPr, 'w:tblHeader') !== undefined;
  });
  const grid = rows.map((tr) => {
    let column = 0;
    return elements(tr, 'w:tc').map((tc) => {
      const tcPr = firstElement(tc, 'w:tcPr');
      const span = Number((tcPr && firstElement(tcPr, 'w:gridSpan')?.attributes['w:val']) ?? '1');
      const merge = tcPr && firstElement(tcPr, 'w:vMerge');
      const at = column;
      column += span;
      return {
        at,
        label: textContent(tc),
        colSpan: span,
        merge: merge ? (merge.attributes['w:val'] ?? 'continue') : undefined,
      };
    });
  });
  return grid.map((row, r) =>
    row
      .filter((c) => c.merge !== 'continue')
      .map(({ at, label, colSpan, merge }) => {
        let rowSpan = 1;
        if (merge === 'restart') {
          while (grid[r + rowSpan]?.some((c) => c.at === at && c.merge === 'continue'))
            rowSpan += 1;
        }
        return { label, colSpan, rowSpan };
      }),
  );
}

/** The .docx's tables, found by a label only their header has. */
async function docxHeaders(format: (typeof formatIds)[number]) {
  const report = { ...emptyReport(format === '2021' ? 2022 : 2020, '测试镇人民政府'), format };
  const xml = docxParts(await exportDocx(report))['word/document.xml'] ?? '';
  const body = firstElement(parseXml(xml), 'w:body');
  const tables = body ? elements(body, 'w:tbl') : [];
  const find = (label: string) => tables.find((t) => textContent(t).includes(label));
  return { 三: find('申请人情况'), 四: find('行政复议') };
}

describe.each(formatIds)('the %s format’s table headers', (format) => {
  const index = formatIndex(format);
  const layouts: Record<'三' | '四', TableLayout> = {
    三: table3Layout(index),
    四: table4Layout(index),
  };
  // The form's labels sit in one indented column (applications-grid.tsx); table 四 has none.
  const formLabelColumns = { 三: 1, 四: 0 } as const;

  it.each(['三', '四'] as const)('draws table %s’s print header from the layout', (table) => {
    const html = renderToStaticMarkup(<PrintTable layout={layouts[table]} valueOf={() => ''} />);
    expect(htmlHeader(html)).toEqual(plain(layouts[table].header));
  });

  it.each(['三', '四'] as const)('draws table %s’s form header from the layout', (table) => {
    const labelColumns = formLabelColumns[table];
    const html = renderToStaticMarkup(
      <table>
        <LayoutHeader layout={layouts[table]} labelColumns={labelColumns} />
      </table>,
    );
    const { header } = layouts[table];
    expect(htmlHeader(html)).toEqual(plain(headerOver(layouts[table], labelColumns)));
    // Only the top-left note differs from print, and only for table 三.
    expect(htmlHeader(html).flat().slice(1)).toEqual(plain(header).flat().slice(1));
  });

  it.each(['三', '四'] as const)('draws table %s’s .docx header from the layout', async (table) => {
    const word = (await docxHeaders(format))[table];
    expect(word).toBeDefined();
    expect(word && wordHeader(word)).toEqual(plain(layouts[table].header));
  });
});

/** Rows of an HTML table (every `<tr>`, header and body) as the column spans of their cells. */
function htmlRowSpans(html: string): number[][] {
  return [...html.matchAll(/<tr[^>]*>([\s\S]*?)<\/tr>/g)].map((tr) =>
    [...(tr[1] ?? '').matchAll(/<t[hd]([^>]*)>/g)].map(([, attrs = '']) =>
      Number(/colSpan="(\d+)"/i.exec(attrs)?.[1] ?? 1),
    ),
  );
}

/** Rows of a Word table as the grid spans (`w:gridSpan`) of their cells. */
const wordRowSpans = (table: XmlElement): number[][] =>
  elements(table, 'w:tr').map((tr) =>
    elements(tr, 'w:tc').map((tc) => {
      const tcPr = firstElement(tc, 'w:tcPr');
      return Number((tcPr && firstElement(tcPr, 'w:gridSpan')?.attributes['w:val']) ?? '1');
    }),
  );

/** The form's table 二 as the editor draws it, outside a browser (its cells, no editor). */
function formTable2(format: (typeof formatIds)[number]): string {
  const index = formatIndex(format);
  const report = { ...emptyReport(format === '2021' ? 2022 : 2020, '测试镇人民政府'), format };
  const editing: CellEditing = {
    value: () => '',
    type: () => undefined,
    commit: () => '',
    applyChanges: () => undefined,
    announce: () => undefined,
  };
  return renderToStaticMarkup(
    <ReportStoreContext.Provider value={createReportStore(report)}>
      <CellEditingContext.Provider value={editing}>
        <ItemsTable index={index} />
      </CellEditingContext.Provider>
    </ReportStoreContext.Provider>,
  );
}

describe.each(formatIds)('the %s format’s table 二', (format) => {
  const index = formatIndex(format);
  // Every item's header rows and body rows, as the shared layout spans them: a narrower item's
  // last column spans the rest.
  const expected = table2Layouts(index).flatMap((layout) => [
    ...layout.header.map((row) => row.map((c) => c.colSpan)),
    ...layout.rows.map((row) => [
      ...row.labels.map((l) => l.colSpan),
      ...row.cells.map((c) => c.colSpan),
    ]),
  ]);

  it('spans a narrower item’s last column over the rest, in the layout', () => {
    expect(expected.some((row) => row.some((span) => span > 1 && row.length > 1))).toBe(true);
  });

  it('draws the form’s table 二 from the layout', () => {
    expect(htmlRowSpans(formTable2(format))).toEqual(expected);
  });

  it('draws the printed table 二 from the layout', () => {
    const html = table2Layouts(index)
      .map((layout) => renderToStaticMarkup(<PrintTable layout={layout} valueOf={() => ''} />))
      .join('');
    expect(htmlRowSpans(html)).toEqual(expected);
  });

  it('draws the .docx table 二 from the layout', async () => {
    const report = { ...emptyReport(format === '2021' ? 2022 : 2020, '测试镇人民政府'), format };
    const xml = docxParts(await exportDocx(report))['word/document.xml'] ?? '';
    const body = firstElement(parseXml(xml), 'w:body');
    const table = (body ? elements(body, 'w:tbl') : []).find((t) =>
      textContent(t).includes('信息内容'),
    );
    expect(table).toBeDefined();
    expect(table && wordRowSpans(table)).toEqual(expected);
  });
});
