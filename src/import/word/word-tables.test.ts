import { describe, expect, it } from 'vitest';
import { wordTables } from './word-tables';
import { parseXml } from './xml';

const tc = (text: string, props = '') =>
  `<w:tc><w:tcPr>${props}</w:tcPr><w:p><w:r><w:t>${text}</w:t></w:r></w:p></w:tc>`;
const tr = (...cells: string[]) => `<w:tr>${cells.join('')}</w:tr>`;
const doc = (...rows: string[]) =>
  `<?xml version="1.0"?><w:document xmlns:w="x"><w:body><w:tbl>${rows.join('')}</w:tbl></w:body></w:document>`;

describe('wordTables', () => {
  it('resolves horizontal and vertical merges so each position reads its covering cell', () => {
    const [table] = wordTables(
      parseXml(
        doc(
          tr(tc('A', '<w:gridSpan w:val="2"/><w:vMerge w:val="restart"/>'), tc('B')),
          tr(tc('', '<w:gridSpan w:val="2"/><w:vMerge/>'), tc('C &amp; D')),
        ),
      ),
    );
    const texts = table?.grid.map((row) => row.map((c) => c?.text));
    expect(texts).toEqual([
      ['A', 'A', 'B'],
      ['A', 'A', 'C & D'],
    ]);
    expect(table?.grid[1]?.[0]).toMatchObject({ row: 0, column: 0, rowSpan: 2, columnSpan: 2 });
  });

  it('skips grid columns before a row, looks through content controls and leaves out deleted text', () => {
    const [table] = wordTables(
      parseXml(
        doc(
          tr(tc('1'), tc('2')),
          `<w:tr><w:trPr><w:gridBefore w:val="1"/></w:trPr><w:sdt><w:sdtContent>${tc('<x/>3')}</w:sdtContent></w:sdt></w:tr>`,
          tr(tc('4</w:t></w:r><w:del><w:r><w:delText>9</w:delText></w:r></w:del><w:r><w:t>5')),
        ),
      ),
    );
    expect(table?.grid.map((row) => row.map((c) => c?.text))).toEqual([
      ['1', '2'],
      [undefined, '3'],
      ['45'],
    ]);
  });

  it('joins a cell’s paragraphs with line breaks and reads nested tables as their own', () => {
    const nested = `<w:tbl>${tr(tc('inner'))}</w:tbl>`;
    const tables = wordTables(
      parseXml(
        doc(
          `<w:tr><w:tc><w:p><w:r><w:t>a</w:t></w:r></w:p><w:p><w:r><w:t>b</w:t></w:r></w:p>${nested}</w:tc></w:tr>`,
        ),
      ),
    );
    expect(tables.map((t) => t.grid.map((row) => row.map((c) => c?.text)))).toEqual([
      [['a\nb']],
      [['inner']],
    ]);
  });
});
