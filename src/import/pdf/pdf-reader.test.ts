/**
 * The PDF reader on the real WPS-made PDF (淮安市洪泽区 2023) against its hand transcription, every
 * figure; on a PDF without text (a scan) and on damaged bytes.
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { readReport } from '../read-report';
import { loadPdfjs } from './load-pdfjs';
import { SCANNED_PDF, UNREADABLE_PDF } from './pdf-reader';
import { HONGZE_PDF, compareFigures, fixtureUrl, transcription } from './test-support';

const hongze = transcription(readFileSync(fixtureUrl('published/hongze-2023.json'), 'utf8'));
/** （六）其他处理 is printed as one row, as in 2019: its three 2021 sub-rows are not stated. */
const NOT_STATED = [21, 22, 23].flatMap((row) =>
  ['自然人', '商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他', '总计'].map(
    (column) => `三/${row}/${column}`,
  ),
);

/** A one-page PDF with no text on it, as a scanner without OCR makes (only the image left out). */
function pdfWithoutText(): Uint8Array {
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>',
    '<< /Length 0 >>\nstream\n\nendstream',
  ];
  let body = '%PDF-1.4\n';
  const offsets = objects.map((object, i) => {
    const at = body.length;
    body += `${i + 1} 0 obj\n${object}\nendobj\n`;
    return at;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  body += offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('');
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new TextEncoder().encode(body);
}

describe('the PDF reader', () => {
  // pdf.js is loaded once, on the first PDF; that takes seconds on a busy machine.
  beforeAll(() => loadPdfjs().then(() => undefined), 120_000);

  it('reads every figure of hongze-2023.pdf as published, and names the rows it does not print', async () => {
    const read = await readReport(new Uint8Array(readFileSync(HONGZE_PDF)), 'hongze-2023.pdf');
    if (!read.ok) throw new Error(read.error);
    expect(read.readerId).toBe('pdf');
    const { right, blank, wrong } = compareFigures(read.report, hongze);
    expect(wrong).toEqual([]);
    expect(blank).toEqual([]);
    expect(right).toHaveLength(Object.keys({ ...hongze.cells, ...hongze.stated }).length);
    expect(read.unread).toEqual(NOT_STATED);
    expect(read.report.cells['三/21/自然人']).toBe('');
    expect(read.notes.join('\n')).toContain('三/21/自然人 至 三/21/总计 留空');
  }, 30_000);

  it('reads the body, the year and the two-line title', async () => {
    const read = await readReport(new Uint8Array(readFileSync(HONGZE_PDF)), 'report.pdf');
    if (!read.ok) throw new Error(read.error);
    expect(read.report.meta).toMatchObject({
      body: '淮安市洪泽区人民政府',
      year: 2023,
      title: '洪泽区人民政府2023年政府信息公开工作年度报告',
    });
    expect(read.report.format).toBe('2021');
    expect(read.report.texts.六).toMatch(/信息处理费\s*0\s*元/);
    expect(read.report.texts.五).not.toMatch(/-\s*4\s*-/);
  }, 30_000);

  it('says a PDF without text is a scan, and what to use instead', async () => {
    expect(await readReport(pdfWithoutText(), 'scan.pdf')).toEqual({
      ok: false,
      error: SCANNED_PDF,
    });
  });

  it('says a damaged PDF is damaged', async () => {
    const bytes = new Uint8Array(readFileSync(HONGZE_PDF)).slice(0, 2000);
    expect(await readReport(bytes, 'cut.pdf')).toEqual({ ok: false, error: UNREADABLE_PDF });
  });
});
