/**
 * Reads the .docx this program exports (src/export/docx): the embedded save file restores the
 * report losslessly, and what the document shows is read back so that edits made in Word win over
 * the embedded data, each with a note: figures cell by cell from the visible tables
 * (apply-visible-figures.ts), the title, preface and narrative sections from the paragraphs
 * (apply-document-texts.ts). Nothing is left unread: what the document lacks, the embedded data has.
 *
 * sniff: a ZIP whose custom XML parts include ours. That inflates only the few small
 * `customXml/item*.xml` parts (the central directory is read and the rest skipped), never the
 * document, so it stays cheap; a .docx of anyone else's is left to other readers.
 */
import { formatIndex, parseSaveFile } from '../../report';
import type { Reader } from '../reader';
import { bodyLines } from '../word/body-lines';
import { DAMAGED_BODY, documentBody } from '../word/docx-package';
import { visibleFigures } from '../word/visible-figures';
import { wordTables } from '../word/word-tables';
import { applyDocumentTexts } from './apply-document-texts';
import { applyVisibleFigures } from './apply-visible-figures';
import { embeddedSaveFile, isOwnDocx } from './embedded-part';

export const ownDocxReader: Reader = {
  id: 'own-docx',
  label: '本程序导出的 Word 文档 (.docx)',
  sniff: isOwnDocx,
  read: (bytes) => {
    const saveFile = isOwnDocx(bytes) ? embeddedSaveFile(bytes) : null;
    if (saveFile === null) return { ok: false, errors: ['Word 文档中没有本程序嵌入的报告数据。'] };
    const parsed = parseSaveFile(saveFile);
    if (!parsed.ok) return parsed;
    const document = documentBody(bytes);
    if (!document.ok) {
      // Not falling back to the embedded data for a damaged body: edits made in Word would be
      // silently lost. A package without a body at all has nothing to lose.
      if (document.problem === 'damaged') return { ok: false, errors: [DAMAGED_BODY] };
      const notes = ['Word 文档中没有正文，已采用文件中嵌入的数据'];
      return { ok: true, value: parsed.value, notes, unread: [] };
    }
    const tables = wordTables(document.body);
    const visible = visibleFigures(formatIndex(parsed.value.format), tables);
    const figures = applyVisibleFigures(parsed.value, visible);
    const prose = applyDocumentTexts(figures.report, bodyLines(document.body));
    return { ok: true, value: prose.report, notes: [...figures.notes, ...prose.notes], unread: [] };
  },
};
