/** Reads the program's own save file (versioned JSON, see src/report/save-file.ts). */
import { parseSaveFile } from '../report';
import type { Reader } from './reader';
import { NOT_UTF8, decodeUtf8 } from './utf8';

const BOM = [0xef, 0xbb, 0xbf];
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;
const QUOTE = 0x22;
const isJsonSpace = (byte: number | undefined) =>
  byte === 0x20 || byte === 0x09 || byte === 0x0a || byte === 0x0d;

/** Index of the first byte that is not JSON whitespace, from `start`. */
function skipSpace(bytes: Uint8Array, start: number): number {
  let i = start;
  while (isJsonSpace(bytes[i])) i += 1;
  return i;
}

/**
 * A JSON object: after an optional BOM and whitespace, `{` followed by `"`, `}` or the end of the
 * file (a truncated save file should still reach the JSON parser and be called damaged). Looking
 * one token past the brace keeps RTF (`{\rtf1`) out.
 */
function sniff(bytes: Uint8Array): boolean {
  const hasBom = BOM.every((b, i) => bytes[i] === b);
  const brace = skipSpace(bytes, hasBom ? BOM.length : 0);
  if (bytes[brace] !== OPEN_BRACE) return false;
  const next = skipSpace(bytes, brace + 1);
  return next >= bytes.length || bytes[next] === QUOTE || bytes[next] === CLOSE_BRACE;
}

export const saveFileReader: Reader = {
  id: 'save-file',
  label: '本程序保存的报告文件 (.json)',
  sniff,
  read: (bytes) => {
    const text = decodeUtf8(bytes);
    if (text === null) return { ok: false, errors: [NOT_UTF8] };
    const parsed = parseSaveFile(text);
    // A save file holds the whole report: nothing in it is left unread.
    return parsed.ok ? { ...parsed, unread: [] } : parsed;
  },
};
