/**
 * Reads a published report from a PDF (the form most sites attach, usually made by WPS): pdf.js
 * gives each page's text with its position, the pages are rebuilt into lines and cells
 * (page-lines.ts), and the report is read by column position like text copied out of a PDF with
 * its layout kept (../pdf-text/read-positioned.ts). A PDF without text is a scan: it gets one
 * sentence saying what to use instead. A pure async function of the bytes, so it runs in the app,
 * in a Web Worker and in the CLI alike.
 */
import type { Reader, ReaderResult } from '../reader';
import { readPositioned } from '../pdf-text/read-positioned';
import type { PositionedLine } from '../pdf-text/positioned';
import { loadPdfjs } from './load-pdfjs';
import { pageLines } from './page-lines';
import type { TextItem } from './page-lines';

export const SCANNED_PDF =
  '这个 PDF 是扫描图片，没有可读取的文字。请改用网站上的网页版本或 Word 文件。';
export const UNREADABLE_PDF = 'PDF 文件已损坏或不完整，无法打开。';
export const PROTECTED_PDF =
  '这个 PDF 设置了打开密码，无法读取。请先在 PDF 阅读器中去掉密码后再打开。';

export interface PdfTextPage {
  readonly items: readonly TextItem[];
  readonly height: number;
}

const MAGIC = [0x25, 0x50, 0x44, 0x46, 0x2d]; // %PDF-
/** Some generators put a few bytes before the header; PDF readers accept it within 1 KB. */
const HEADER_WINDOW = 1024;

function sniff(bytes: Uint8Array): boolean {
  const window = bytes.subarray(0, HEADER_WINDOW);
  for (let at = window.indexOf(0x25); at >= 0; at = window.indexOf(0x25, at + 1)) {
    if (MAGIC.every((b, i) => window[at + i] === b)) return true;
  }
  return false;
}

/**
 * What the reader asks of pdf.js, and nothing more: each page's text items and height. Fonts are
 * parsed only as far as text needs (no font faces, no eval'd glyph programs, no system fonts) and
 * no page is rendered. Exported for the bench, whose baseline is this alone.
 */
export async function pdfTextPages(bytes: Uint8Array): Promise<PdfTextPage[]> {
  const loaded = await loadPdfjs();
  const task = loaded.pdfjs.getDocument({
    // pdf.js takes over the buffer it is given, so it gets a copy; a plain Uint8Array, as it
    // refuses a Node Buffer (the CLI reads files into Buffers).
    data: new Uint8Array(bytes),
    cMapPacked: true,
    verbosity: 0,
    isEvalSupported: false,
    useSystemFonts: false,
    disableFontFace: true,
    cMapUrl: loaded.cMapUrl,
    standardFontDataUrl: loaded.standardFontDataUrl,
  });
  try {
    const document = await task.promise;
    const pages: PdfTextPage[] = [];
    for (let number = 1; number <= document.numPages; number += 1) {
      const page = await document.getPage(number);
      const { height } = page.getViewport({ scale: 1 });
      const content = await page.getTextContent();
      const items = content.items.filter((item): item is TextItem & typeof item => 'str' in item);
      pages.push({ items, height });
      page.cleanup();
    }
    return pages;
  } finally {
    await task.destroy();
  }
}

/** The pages' printed lines, rebuilt from their text items (page-lines.ts). */
export const linesOfPages = (pages: readonly PdfTextPage[]): PositionedLine[] =>
  pages.flatMap((page, i) => pageLines(page.items, page.height, i + 1));

const failure = (error: string): ReaderResult => ({ ok: false, errors: [error] });

async function read(bytes: Uint8Array, fileName?: string): Promise<ReaderResult> {
  let lines: PositionedLine[];
  try {
    lines = linesOfPages(await pdfTextPages(bytes));
  } catch (error) {
    const name = (error as { name?: unknown } | null)?.name;
    return failure(name === 'PasswordException' ? PROTECTED_PDF : UNREADABLE_PDF);
  }
  if (lines.length === 0) return failure(SCANNED_PDF);
  return readPositioned(lines, fileName);
}

export const pdfReader: Reader = {
  id: 'pdf',
  label: '政府网站上公开的年度报告 PDF 文件 (.pdf)',
  sniff,
  read,
};
