/**
 * Reads a report copied out of a PDF as text (read-copied-text.ts). Registered before the reader
 * of a website's text, which would otherwise take it: a copy whose columns are kept by spaces, or
 * one that shows a PDF's page breaks (form feeds, `-4-` lines), is this reader's.
 */
import type { Reader } from '../reader';
import { looksLikeReport } from '../printed/looks-like-report';
import { decodeText, prefixOf } from '../published-txt/decode-text';
import { NOT_UTF8 } from '../utf8';
import { hasColumns, hasPageBreaks, readCopiedText } from './read-copied-text';

/** Reports are a few KB; the headings and table 三 are well inside the first 64 KB. */
const SNIFF_BYTES = 64 * 1024;

function sniff(bytes: Uint8Array): boolean {
  const decoded = decodeText(prefixOf(bytes, SNIFF_BYTES));
  if (!decoded || decoded.text.trimStart().startsWith('{')) return false;
  const lines = decoded.text.split('\n');
  return (hasColumns(lines) || hasPageBreaks(decoded.text)) && looksLikeReport(lines);
}

export const pdfTextReader: Reader = {
  id: 'pdf-text',
  label: '从 PDF 中复制出来的年度报告文字 (.txt)',
  sniff,
  read: (bytes, fileName) => {
    const decoded = decodeText(bytes);
    if (!decoded) return { ok: false, errors: [NOT_UTF8] };
    return readCopiedText(decoded.text, fileName);
  },
};
