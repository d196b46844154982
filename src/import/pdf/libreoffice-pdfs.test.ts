/**
 * The PDFs LibreOffice makes of the Word renderings of 伯岗镇 2021 and 寄料镇 2021
 * (scripts/make-pdf-fixtures.mjs), and the text copied out of them, against their transcriptions:
 * every figure. LibreOffice sets a table's cells close together (a label and its figure a third of a
 * character apart, with only pdf.js's space between), writes a header row as one text item, and
 * wraps a group's label (`（六）其他处理`) beside its rows' labels line by line; all of that is read.
 *
 * What stays blank, named in a note: table 四 of both. Its last column (复议后起诉 总计) runs past
 * the page's right edge and is not printed at all (the PDF's page 4 shows 14 of the 15 figures and
 * no 总计 header above the missing one), and its header labels are broken inside their cells
 * (`结果维` / `持`), so nothing on the page says which 14 of the 15 columns the figures are in.
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { formatIndex } from '../../report';
import { readReport } from '../read-report';
import { loadPdfjs } from './load-pdfjs';
import { compareFigures, fixtureUrl, transcription } from './test-support';

const FIXTURES = [
  { name: 'bogang-2021', format: '2021' },
  { name: 'jiliao-2021-in-2019-layout', format: '2019' },
] as const;

/** Table 四's cells: past the page edge, see above. */
const tableFour = (format: '2019' | '2021') =>
  formatIndex(format)
    .cells.filter((c) => c.table === '四')
    .map((c) => c.address);

async function open(path: string) {
  const read = await readReport(new Uint8Array(readFileSync(fixtureUrl(path))), path);
  if (!read.ok) throw new Error(read.error);
  return read;
}

describe('PDFs made by LibreOffice, and text copied out of them', () => {
  beforeAll(() => loadPdfjs().then(() => undefined), 120_000);

  for (const { name, format } of FIXTURES) {
    const expected = transcription(readFileSync(fixtureUrl(`published/${name}.json`), 'utf8'));
    for (const [kind, file] of [
      ['the PDF', `pdf/${name}.pdf`],
      ['its copy with columns kept', `pdf/${name}.layout.txt`],
    ] as const) {
      it(`${name}: ${kind} gives every figure but table 四's, which the page cuts off`, async () => {
        const read = await open(file);
        const { right, blank, wrong } = compareFigures(read.report, expected);
        expect(wrong).toEqual([]);
        expect([...blank].sort()).toEqual(tableFour(format).sort());
        expect(right.length + blank.length).toBe(
          Object.keys({ ...expected.cells, ...expected.stated }).length,
        );
        expect(read.unread).toEqual(expect.arrayContaining(tableFour(format)));
        expect(read.notes.join('\n')).toMatch(
          /表四的数字印有 14 个数字.*应有 15 格.*四\/行政复议\/结果维持 至 四\/复议后起诉\/总计 留空/,
        );
      }, 30_000);
    }

    it(`${name}: its reading-order copy gives no figure in a wrong cell, and names each blank`, async () => {
      const read = await open(`pdf/${name}.reading.txt`);
      const { blank, wrong } = compareFigures(read.report, expected);
      expect(wrong).toEqual([]);
      for (const address of blank) expect(read.unread).toContain(address);
    });
  }
});
