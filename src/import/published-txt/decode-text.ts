/**
 * Decodes a published text: UTF-8 strictly, like every reader, else UTF-16 (told by a BOM or by its
 * NUL bytes) or GBK (../text-encoding.ts), with a note naming the encoding. One allowance: a file
 * cut off mid-character (an interrupted download or copy) loses only that last character, and says
 * so, instead of being called unreadable. Line ends become `\n` (CRLF and CR from Windows and old
 * Mac editors).
 */
import { ENCODING_NOTES, decodeAs, utf16Of } from '../text-encoding';
import type { TextEncodingName } from '../text-encoding';
import { decodeUtf8 } from '../utf8';

export interface DecodedText {
  readonly text: string;
  /** The bytes ended inside a character, which was dropped. */
  readonly cutShort: boolean;
  /** Said when the text was not UTF-8; absent for UTF-8. */
  readonly encodingNote?: string;
}

/** A UTF-8 sequence is at most 4 bytes: an incomplete one at the end is at most 3. */
const MAX_INCOMPLETE = 3;
const isContinuation = (byte: number | undefined) => byte !== undefined && (byte & 0xc0) === 0x80;

/** The bytes without an incomplete sequence at the end (the whole bytes when there is none). */
function completeSequences(bytes: Uint8Array): Uint8Array {
  let end = bytes.length;
  while (end > bytes.length - MAX_INCOMPLETE && isContinuation(bytes[end - 1])) end -= 1;
  const lead = bytes[end - 1];
  if (lead === undefined || lead < 0xc0) return bytes;
  const length = lead >= 0xf0 ? 4 : lead >= 0xe0 ? 3 : 2;
  return bytes.length - (end - 1) < length ? bytes.subarray(0, end - 1) : bytes;
}

/** UTF-16 or GBK text, allowing the last character to be cut off; null when it is neither. */
function otherEncoding(bytes: Uint8Array): DecodedText | null {
  const encoding: TextEncodingName = utf16Of(bytes) ?? 'gb18030';
  for (const cut of [0, 1]) {
    const text = decodeAs(bytes.subarray(0, bytes.length - cut), encoding);
    if (text === null) continue;
    const encodingNote = ENCODING_NOTES[encoding as Exclude<TextEncodingName, 'utf-8'>];
    return { text, cutShort: cut > 0, encodingNote };
  }
  return null;
}

const withLf = (decoded: DecodedText): DecodedText => ({
  ...decoded,
  text: decoded.text.replace(/\r\n?/g, '\n'),
});

/** `utf8Only`: the bytes are UTF-8 or nothing (their start was; see the published-txt sniff). */
export function decodeText(bytes: Uint8Array, { utf8Only = false } = {}): DecodedText | null {
  if (!utf8Only && utf16Of(bytes)) {
    const decoded = otherEncoding(bytes);
    return decoded && withLf(decoded);
  }
  const whole = decodeUtf8(bytes);
  if (whole !== null) return withLf({ text: whole, cutShort: false });
  const complete = completeSequences(bytes);
  const cut = complete.length < bytes.length ? decodeUtf8(complete) : null;
  if (cut !== null) return withLf({ text: cut, cutShort: true });
  if (utf8Only) return null;
  const decoded = otherEncoding(bytes);
  return decoded && withLf(decoded);
}

/** The first `limit` bytes, cut back to a UTF-8 character boundary (others are cut in decodeText). */
export function prefixOf(bytes: Uint8Array, limit: number): Uint8Array {
  if (bytes.length <= limit) return bytes;
  let end = limit;
  while (end > limit - MAX_INCOMPLETE && isContinuation(bytes[end])) end -= 1;
  return bytes.subarray(0, end);
}
