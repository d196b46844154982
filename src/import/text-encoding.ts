/**
 * Which encoding a text file is in, for files saved by Notepad and older editors on Chinese Windows:
 * UTF-8 (with or without BOM), UTF-16 little- or big-endian (Notepad's "Unicode", with a BOM — or
 * without one, from some converters), or GBK/GB18030 (the "ANSI" of Chinese Windows).
 *
 * UTF-16 without a BOM is told by its NUL bytes: every ASCII character — digits, spaces, newlines,
 * which every report has — is a NUL beside its code, always on the same side (odd offsets in
 * little-endian, even in big-endian), while UTF-8 and GBK text has no NULs at all.
 *
 * The decoders are the platform's (WHATWG Encoding: browsers, workers, Node with full ICU); see
 * utf8.ts for why the type is declared here.
 */
export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030';

interface Decoder {
  decode(bytes: Uint8Array): string;
}
declare const TextDecoder: new (
  label: TextEncodingName,
  options: { readonly fatal: boolean },
) => Decoder;

/** Offsets looked at to tell UTF-16 without a BOM. */
const SAMPLE = 8192;
/** Share of the sampled characters that are ASCII (a NUL beside them) for UTF-16 to be assumed. */
const MIN_ASCII_SHARE = 0.05;

/** The encoding the bytes declare (BOM) or show (NUL bytes on one side), else null. */
export function utf16Of(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  const end = Math.min(bytes.length, SAMPLE) & ~1;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < end; i += 2) {
    if (bytes[i] === 0) even += 1;
    if (bytes[i + 1] === 0) odd += 1;
  }
  const pairs = end / 2;
  if (pairs < 4) return null;
  // The other side has NULs too where a character's code ends in 00 (U+4E00 一): few, not none.
  if (odd >= pairs * MIN_ASCII_SHARE && even * 10 <= odd) return 'utf-16le';
  if (even >= pairs * MIN_ASCII_SHARE && odd * 10 <= even) return 'utf-16be';
  return null;
}

/** The text in `encoding` (a BOM dropped), or null when the bytes are not valid in it. */
export function decodeAs(bytes: Uint8Array, encoding: TextEncodingName): string | null {
  try {
    const text = new TextDecoder(encoding, { fatal: true }).decode(bytes);
    return text.startsWith('\uFEFF') ? text.slice(1) : text;
  } catch {
    return null; // invalid bytes, or a runtime without that decoder (Node built with small ICU)
  }
}

/** What the user is told the file was read as, for an encoding other than UTF-8. */
export const ENCODING_NOTES: Readonly<Record<Exclude<TextEncodingName, 'utf-8'>, string>> = {
  'utf-16le': '文件是 UTF-16 编码（Windows 记事本的“Unicode”）的文字，已按此读取。',
  'utf-16be': '文件是 UTF-16（大端）编码的文字，已按此读取。',
  gb18030: '文件是 GBK 编码的文字（Windows 中文版的默认编码），已按 GBK 读取。',
};
