/**
 * Reads a report as published on a government website and saved as text (spec §6): the three
 * fixtures under ../shared/fixtures/published/ show both table flattenings, both formats, missing
 * titles and reworded labels. Registered after the save-file reader: it accepts text — UTF-8, UTF-16
 * or GBK (decode-text.ts) — that is not JSON and carries the report's headings or table-三 labels.
 */
import type { Reader } from '../reader';
import { NOT_UTF8 } from '../utf8';
import { decodeText, prefixOf } from './decode-text';
import { sectionOfLine } from '../printed/headings';
import { looksLikeReport } from '../printed/looks-like-report';
import { readPublishedText } from './read-published-text';

/** Reports are a few KB; the headings and table 三 are usually inside the first 64 KB. */
const SNIFF_BYTES = 64 * 1024;

/**
 * The first 64 KB decide, except when they hold one section heading and no second: a long section
 * 一 (22,000 characters is enough) pushes heading 二 past them, so then the whole text is looked at.
 */
function sniff(bytes: Uint8Array): boolean {
  const decoded = decodeText(prefixOf(bytes, SNIFF_BYTES));
  if (!decoded || decoded.text.trimStart().startsWith('{')) return false;
  const lines = decoded.text.split('\n');
  if (looksLikeReport(lines)) return true;
  if (bytes.length <= SNIFF_BYTES || !lines.some((line) => sectionOfLine(line.trim())))
    return false;
  // In the start's encoding: UTF-8 that breaks off further on is a damaged file, not GBK, and
  // decoding all of it again as GBK took half a second of the reading budget on a 12 MB line.
  const whole = decodeText(bytes, { utf8Only: decoded.encodingNote === undefined });
  return whole !== null && looksLikeReport(whole.text.split('\n'));
}

export const publishedTxtReader: Reader = {
  id: 'published-txt',
  label: '政府网站上公开的年度报告文字 (.txt)',
  sniff,
  read: (bytes, fileName) => {
    const decoded = decodeText(bytes);
    if (!decoded) return { ok: false, errors: [NOT_UTF8] };
    const read = readPublishedText(decoded.text, fileName);
    const notes = [
      ...(decoded.encodingNote ? [decoded.encodingNote] : []),
      ...(decoded.cutShort ? ['文件末尾不完整（最后一个字被截断），可能没有下载或复制完整。'] : []),
    ];
    if (!read.ok || notes.length === 0) return read;
    return { ...read, notes: [...notes, ...(read.notes ?? [])] };
  },
};
