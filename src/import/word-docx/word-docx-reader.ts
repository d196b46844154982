/**
 * Reads a .docx made in Word (or WPS) by anyone but this program: registered after the reader of
 * our own .docx, which keeps the files carrying our embedded data, and before the text reader.
 *
 * sniff: a ZIP whose headers name word/document.xml and that is not ours. The part names stand
 * uncompressed in the ZIP's headers, so this inflates nothing of the document; telling ours apart
 * inflates only the small custom XML parts, as the own reader's sniff does.
 */
import type { Reader } from '../reader';
import { isOwnDocx } from '../own-docx/embedded-part';
import { DAMAGED_BODY, DOCUMENT_PART, documentBody, holdsAscii, isZip } from '../word/docx-package';
import { readWordDocument } from './read-word-document';

const NO_BODY =
  'Word 文档不完整：其中没有正文（word/document.xml），可能没有下载或复制完整。请在 Word 中打开后另存一份再试。';

const sniff = (bytes: Uint8Array): boolean =>
  isZip(bytes) && holdsAscii(bytes, DOCUMENT_PART) && !isOwnDocx(bytes);

export const wordDocxReader: Reader = {
  id: 'word-docx',
  label: '用 Word 或 WPS 编写的报告 (.docx)',
  sniff,
  read: (bytes, fileName) => {
    const document = documentBody(bytes);
    if (!document.ok) {
      return { ok: false, errors: [document.problem === 'damaged' ? DAMAGED_BODY : NO_BODY] };
    }
    return readWordDocument(document.body, fileName);
  },
};
