/**
 * readWordDocument(body, fileName?): a report as a Word file made elsewhere prints it — by another
 * office, by hand, from a template, or our own export after Word dropped the embedded data. Read
 * like a published text (spec §6), with the same pieces (../printed/): the paragraphs outside the
 * tables, in body order, are the lines that the six headings split into title, preface and the
 * narrative sections; the tables are real tables here (../word/word-tables.ts, merges resolved) and
 * are read by their labels (../word/visible-figures.ts) in the format those labels show, else the
 * year's. Figures exactly as printed: computed cells into `stated`, blank marks and text that is no
 * figure left blank with a note and listed in `unread`; never guessed, never 0.
 */
import { formatIndex } from '../../report';
import type { ReaderResult } from '../reader';
import { detectFormat } from '../printed/detect-format';
import { labelKey } from '../printed/labels';
import { looksLikeReport } from '../printed/looks-like-report';
import { printedReport } from '../printed/printed-report';
import { readNarrative } from '../printed/read-narrative';
import { bodyLines } from '../word/body-lines';
import { visibleFigures } from '../word/visible-figures';
import { wordTables } from '../word/word-tables';
import type { XmlElement } from '../word/xml';
import { wordRowReader } from './word-row-reader';

export const NOT_A_REPORT_DOCX =
  'Word 文档的内容不是政府信息公开工作年度报告：没有找到“一、总体情况”“二、主动公开政府信息情况”等章节标题，也没有找到表三“收到和处理政府信息公开申请情况”的栏目。';

export function readWordDocument(body: XmlElement, fileName?: string): ReaderResult {
  const lines = bodyLines(body);
  const tables = wordTables(body);
  const cellTexts = [...new Set(tables.flatMap((t) => t.grid.flat()))].map((c) => c?.text ?? '');
  if (!looksLikeReport([...lines, ...cellTexts])) return { ok: false, errors: [NOT_A_REPORT_DOCX] };
  const detected = detectFormat(new Set(cellTexts.map(labelKey)));
  return printedReport(readNarrative(lines, fileName), detected, (format) =>
    wordRowReader(visibleFigures(formatIndex(format), tables)),
  );
}
