/**
 * Text copied out of the hongze-2023 PDF, in both forms (fixtures/pdf/, made by `pdftotext -layout`
 * and plain `pdftotext` from the published PDF): columns kept are read like the PDF itself; reading
 * order only where no figure can land in the wrong cell — the website-text reader put （七）总计's
 * 自然人 figure under 商业企业 there.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readPublishedText } from '../published-txt/read-published-text';
import { readReport } from '../read-report';
import { compareFigures, fixtureUrl, transcription } from '../pdf/test-support';

const hongze = transcription(readFileSync(fixtureUrl('published/hongze-2023.json'), 'utf8'));
const text = (name: string) => readFileSync(fixtureUrl(`pdf/${name}`), 'utf8');
const open = async (name: string) => {
  const read = await readReport(new TextEncoder().encode(text(name)), name);
  if (!read.ok) throw new Error(read.error);
  return read;
};

describe('text copied out of a PDF', () => {
  it('reads every figure of a copy with its columns kept', async () => {
    const read = await open('hongze-2023.layout.txt');
    expect(read.readerId).toBe('pdf-text');
    const { blank, wrong } = compareFigures(read.report, hongze);
    expect(wrong).toEqual([]);
    expect(blank).toEqual([]);
    expect(read.unread.filter((a) => !/^三\/2[123]\//.test(a))).toEqual([]);
    expect(read.report.meta.body).toBe('淮安市洪泽区人民政府');
    expect(read.report.meta.year).toBe(2023);
  });

  it('reads a reading-order copy only where the order is certain, and says so for the rest', async () => {
    const read = await open('hongze-2023.reading.txt');
    expect(read.readerId).toBe('pdf-text');
    const { right, blank, wrong } = compareFigures(read.report, hongze);
    expect(wrong).toEqual([]);
    expect(right).toEqual(
      expect.arrayContaining([
        '二/（一）/规章/本年制发件数',
        '二/（六）/行政处罚/本年处理决定数量',
      ]),
    );
    for (const address of blank) expect(read.unread).toContain(address);
    expect(read.notes.join('\n')).toContain('表三复制出来的数字是按列排列的');
  });

  it('no longer puts a figure in the wrong cell, as the website-text reader did with this copy', () => {
    const old = readPublishedText(text('hongze-2023.reading.txt'));
    if (!old.ok) throw new Error(old.errors.join(' '));
    expect(compareFigures(old.value, hongze).wrong).toContain('三/24/商业企业: 21（应为 0）');
  });
});
