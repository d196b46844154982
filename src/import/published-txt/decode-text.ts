/**
 * Decodes a published text strictly as UTF-8, like every reader, with one allowance: a file cut
 * off mid-character (an interrupted download or copy) loses only that last character, and says so,
 * instead of being called "not UTF-8". Line ends become `\n` (CRLF and CR from Windows and old Mac
 * editors).
 */
import { decodeUtf8 } from '../utf8';

export interface DecodedText {
  readonly text: string;
  /** The bytes ended inside a character, which was dropped. */
  readonly cutShort: boolean;
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

export function decodeText(bytes: Uint8Array): DecodedText | null {
  const whole = decodeUtf8(bytes);
  const complete = whole === null ? completeSequences(bytes) : bytes;
  const text = whole ?? (complete.length < bytes.length ? decodeUtf8(complete) : null);
  if (text === null) return null;
  return { text: text.replace(/\r\n?/g, '\n'), cutShort: whole === null };
}

/** The first `limit` bytes, cut back to a character boundary. */
export function prefixOf(bytes: Uint8Array, limit: number): Uint8Array {
  if (bytes.length <= limit) return bytes;
  let end = limit;
  while (end > limit - MAX_INCOMPLETE && isContinuation(bytes[end])) end -= 1;
  return bytes.subarray(0, end);
}
