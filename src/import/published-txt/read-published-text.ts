/**
 * readPublishedText(text, fileName?): a published report's text (spec §6) as a Report, with notes
 * on whatever could not be read as printed. Everything is found by label, never by line offset:
 * the six headings split the text and give the prose (../printed/read-narrative.ts); the tables'
 * stretches of text are flattened into cells and read by the labels of the format their labels show.
 * Never throws; a text that is not a report gets one Chinese error.
 */
import type { TableId } from '../../report';
import type { ReaderResult } from '../reader';
import { detectFormat } from '../printed/detect-format';
import { looksLikeReport } from '../printed/looks-like-report';
import { printedReport } from '../printed/printed-report';
import { readNarrative } from '../printed/read-narrative';
import { printedKeys } from './printed-keys';
import { textRowReader } from './text-row-reader';
import type { TableRegions } from './text-row-reader';
import { tokenizeTable } from './table-tokens';

export const NOT_A_REPORT =
  '文件内容不是政府信息公开工作年度报告：没有找到“一、总体情况”“二、主动公开政府信息情况”等章节标题，也没有找到表三“收到和处理政府信息公开申请情况”的栏目。';

const TABLES: readonly TableId[] = ['二', '三', '四'];

export function readPublishedText(text: string, fileName?: string): ReaderResult {
  const lines = text.split('\n');
  if (!looksLikeReport(lines)) return { ok: false, errors: [NOT_A_REPORT] };
  const narrative = readNarrative(lines, fileName);
  const regions: TableRegions = Object.fromEntries(
    TABLES.map((id) => [id, tokenizeTable(narrative.linesOf(id))]),
  );
  const detected = detectFormat(printedKeys(Object.values(regions)));
  return printedReport(narrative, detected, () => textRowReader(regions));
}
