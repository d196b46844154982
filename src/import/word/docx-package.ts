/**
 * The parts of a .docx package (a ZIP, ECMA-376 Open Packaging Conventions) that the readers need:
 * only the parts asked for are inflated, within the limits of ../read-limits.ts (bounded-unzip.ts),
 * so a reader can look at a 10 MB document's small parts cheaply and a zip bomb is refused.
 */
import { ReadLimitError } from '../read-limits';
import { decodeUtf8 } from '../utf8';
import { unzipParts } from './bounded-unzip';
import { firstElement, parseXml } from './xml';
import type { XmlElement } from './xml';

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
export const DOCUMENT_PART = 'word/document.xml';

export const DAMAGED_BODY =
  'Word 文档已损坏：正文（word/document.xml）无法解压或读取。请在 Word 中打开后另存一份再试。';

export const isZip = (bytes: Uint8Array): boolean => ZIP_MAGIC.every((b, i) => bytes[i] === b);

export { unzipParts };

/** Whether the bytes hold `text` (ASCII), as part names do in a ZIP's headers: no inflating. */
export function holdsAscii(bytes: Uint8Array, text: string): boolean {
  const codes = [...text].map((c) => c.charCodeAt(0));
  const [first] = codes;
  let at = bytes.indexOf(first ?? 0);
  while (at >= 0 && at + codes.length <= bytes.length) {
    if (codes.every((code, i) => bytes[at + i] === code)) return true;
    at = bytes.indexOf(first ?? 0, at + 1);
  }
  return false;
}

export type DocumentBody =
  | { readonly ok: true; readonly body: XmlElement }
  | { readonly ok: false; readonly problem: 'damaged' | 'missing' };

/**
 * The `w:body` of word/document.xml: `damaged` when the zip or the part cannot be inflated, decoded
 * or parsed (fflate: `invalid distance`, XML without an element), `missing` when the part is absent
 * or empty. A file past a limit (ReadLimitError) is not called damaged: the error goes on up to
 * readReport(), whose message says what was too large.
 */
export function documentBody(bytes: Uint8Array): DocumentBody {
  try {
    const part = unzipParts(bytes, (name) => name === DOCUMENT_PART)[DOCUMENT_PART];
    if (!part || part.length === 0) return { ok: false, problem: 'missing' };
    const text = decodeUtf8(part);
    if (text === null) return { ok: false, problem: 'damaged' };
    const root = parseXml(text);
    return { ok: true, body: firstElement(root, 'w:body') ?? root };
  } catch (error) {
    if (error instanceof ReadLimitError) throw error;
    return { ok: false, problem: 'damaged' };
  }
}
