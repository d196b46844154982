/**
 * The text of a saved web page, decoded as the page declares: a byte-order mark first, then the
 * UTF-8 when the bytes are valid UTF-8 and not plain ASCII, then the charset of a `<meta charset>` or
 * `<meta http-equiv="Content-Type">` near the top (browsers look in the first 1024 bytes; saved
 * pages put the meta later, after a comment Chrome adds, so this looks further), else GB18030 — Chinese government
 * sites that do not say are GB2312/GBK, which GB18030 contains. GB2312 and GBK are read as GB18030
 * too, as browsers do: pages labelled GB2312 routinely use GBK characters.
 */
import { decodeUtf8 } from '../utf8';

interface Decoder {
  decode(bytes: Uint8Array): string;
}

/** The platform decoder (browsers, Node): see ../utf8.ts for why it is declared here. */
declare const TextDecoder: new (label: string) => Decoder & { readonly encoding: string };

/** How far to look for the declared charset. */
const PRESCAN_BYTES = 4096;

const CHINESE = new Set(['gb2312', 'gbk', 'gb18030', 'x-gbk', 'cp936', 'csgb2312', 'euc-cn']);
const META_CHARSET = /<meta[^>]+charset\s*=\s*["']?\s*([a-zA-Z0-9._:-]+)/i;

export interface DecodedPage {
  readonly text: string;
  /** The encoding used, as the decoder names it (`utf-8`, `gb18030`). */
  readonly encoding: string;
}

function declaredCharset(bytes: Uint8Array): string | null {
  let head = '';
  const end = Math.min(bytes.length, PRESCAN_BYTES);
  // The meta tag is ASCII in every charset a page can declare; other bytes become spaces.
  for (let i = 0; i < end; i += 1) {
    const byte = bytes[i] ?? 0;
    head += byte < 0x80 ? String.fromCharCode(byte) : ' ';
  }
  return META_CHARSET.exec(head)?.[1]?.toLowerCase() ?? null;
}

/** Decoders by label: opening one costs more than decoding a page with it. */
const decoders = new Map<string, Decoder & { readonly encoding: string }>();

function decodeAs(label: string, bytes: Uint8Array): DecodedPage | null {
  try {
    const name = CHINESE.has(label) ? 'gb18030' : label;
    const decoder = decoders.get(name) ?? new TextDecoder(name);
    decoders.set(name, decoder);
    return { text: decoder.decode(bytes), encoding: decoder.encoding };
  } catch {
    // An unknown label (`<meta charset="x-unknown">`): fall back to sniffing.
    return null;
  }
}

export function decodeHtml(bytes: Uint8Array): DecodedPage {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: decodeUtf8(bytes) ?? decodeAs('utf-8', bytes)?.text ?? '', encoding: 'utf-8' };
  }
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    const utf16 = decodeAs(bytes[0] === 0xff ? 'utf-16le' : 'utf-16be', bytes);
    if (utf16) return utf16;
  }
  const declared = declaredCharset(bytes);
  const utf8 = decodeUtf8(bytes);
  // Chinese text in GBK is practically never valid UTF-8: valid UTF-8 with Chinese in it is a page
  // re-saved as UTF-8 that kept its old `charset=gb2312`. A page declaring UTF-8 that is not
  // (re-saved by an old editor) is sniffed like an undeclared one.
  if (utf8 !== null && bytes.some((byte) => byte >= 0x80)) return { text: utf8, encoding: 'utf-8' };
  if (declared && !(declared.replace('_', '-') === 'utf-8' && utf8 === null)) {
    const page = decodeAs(declared, bytes);
    if (page) return page;
  }
  if (utf8 !== null) return { text: utf8, encoding: 'utf-8' };
  return decodeAs('gb18030', bytes) ?? { text: '', encoding: 'utf-8' };
}
