/**
 * Reads the .docx this program exports (src/export/docx): the embedded save file restores the
 * report losslessly, and the visible tables are read back cell by cell so that figures someone
 * changed in Word win over the embedded ones (apply-visible-figures.ts says how, with notes).
 *
 * sniff: a ZIP whose custom XML parts include ours. That inflates only the few small
 * `customXml/item*.xml` parts (fflate reads the central directory and skips the rest), never the
 * document, so it stays cheap; a .docx of anyone else's is left to other readers.
 */
import { formatIndex, parseSaveFile } from '../../report';
import type { Reader } from '../reader';
import { decodeUtf8 } from '../utf8';
import { applyVisibleFigures } from './apply-visible-figures';
import { embeddedSaveFile, isZip, unzipParts } from './embedded-part';
import { visibleFigures } from './visible-figures';
import { wordTables } from './word-tables';
import { parseXml } from './xml';

const DOCUMENT = 'word/document.xml';
const DAMAGED_BODY =
  'Word 文档已损坏：正文（word/document.xml）无法解压或读取。请在 Word 中打开后另存一份再试。';

function sniff(bytes: Uint8Array): boolean {
  if (!isZip(bytes)) return false;
  try {
    return embeddedSaveFile(bytes) !== null;
  } catch {
    return false;
  }
}

export const ownDocxReader: Reader = {
  id: 'own-docx',
  label: '本程序导出的 Word 文档 (.docx)',
  sniff,
  read: (bytes) => {
    const saveFile = embeddedSaveFile(bytes);
    if (saveFile === null) return { ok: false, errors: ['Word 文档中没有本程序嵌入的报告数据。'] };
    const parsed = parseSaveFile(saveFile);
    if (!parsed.ok) return parsed;
    let text: string | null | undefined;
    let root;
    try {
      const documentXml = unzipParts(bytes, (name) => name === DOCUMENT)[DOCUMENT];
      text = documentXml && decodeUtf8(documentXml);
      root = text ? parseXml(text) : undefined;
    } catch {
      // A damaged body (fflate: `invalid distance`, or XML without an element). Not falling back to
      // the embedded data: figures edited in Word would be silently lost.
      return { ok: false, errors: [DAMAGED_BODY] };
    }
    if (!text || !root) {
      return {
        ok: true,
        value: parsed.value,
        notes: ['Word 文档中没有正文，已采用文件中嵌入的数据'],
      };
    }
    const tables = wordTables(root);
    const visible = visibleFigures(formatIndex(parsed.value.format), tables);
    const { report, notes } = applyVisibleFigures(parsed.value, visible);
    return { ok: true, value: report, notes };
  },
};
