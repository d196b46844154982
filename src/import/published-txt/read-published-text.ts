/**
 * readPublishedText(text, fileName?): a published report's text (spec §6) as a Report, with notes
 * on whatever could not be read as printed. Everything is found by label, never by line offset:
 * the six headings split the text; the narrative sections keep their paragraphs as published
 * (trimmed, blank lines dropped, the heading itself excluded); the tables are read by the labels of
 * the format their labels show. Never throws; a text that is not a report gets one Chinese error.
 */
import { emptyReport, formatForYear, formatSpecs, sections } from '../../report';
import type { FormatId, SectionId, TableId, TextSectionId } from '../../report';
import type { ReaderResult } from '../reader';
import { detectFormat } from './detect-format';
import {
  bodyFromParagraph,
  bodyFromTitle,
  readFrontMatter,
  yearIn,
  yearInFileName,
} from './front-matter';
import { findHeadings } from './headings';
import type { HeadingAt } from './headings';
import { clean } from './labels';
import { looksLikeReport } from './looks-like-report';
import { readTables } from './read-tables';
import { tokenizeTable } from './table-tokens';
import type { TableTokens } from './table-tokens';

export const NOT_A_REPORT =
  '文件内容不是政府信息公开工作年度报告：没有找到“一、总体情况”“二、主动公开政府信息情况”等章节标题，也没有找到表三“收到和处理政府信息公开申请情况”的栏目。';

const TABLES: readonly TableId[] = ['二', '三', '四'];
const TEXTS: readonly TextSectionId[] = ['一', '五', '六'];
/** The default format (spec §1), for tables too damaged to show theirs and no year to go by. */
const DEFAULT_FORMAT: FormatId = '2021';

/**
 * The lines of each section: from its heading to the next heading found. A section whose heading is
 * missing gets the stretch where it would be, so a table printed without its heading is still read.
 */
function sectionLines(lines: readonly string[], headings: readonly HeadingAt[]) {
  const order = sections.map((s) => s.id);
  return (id: SectionId): readonly string[] => {
    const at = order.indexOf(id);
    const own = headings.find((h) => h.id === id);
    const before = headings.filter((h) => order.indexOf(h.id) < at).at(-1);
    const after = headings.find((h) => order.indexOf(h.id) > at);
    const start = (own ?? before)?.line ?? -1;
    return lines.slice(start + 1, after?.line ?? lines.length);
  };
}

const paragraphs = (lines: readonly string[]) => lines.map(clean).filter(Boolean).join('\n');

export function readPublishedText(text: string, fileName?: string): ReaderResult {
  const lines = text.split('\n');
  if (!looksLikeReport(lines)) return { ok: false, errors: [NOT_A_REPORT] };
  const notes: string[] = [];
  const headings = findHeadings(lines);
  const linesOf = sectionLines(lines, headings);

  const texts = Object.fromEntries(
    TEXTS.map((id) => {
      if (!headings.some((h) => h.id === id)) {
        const heading = sections.find((s) => s.id === id)?.heading ?? id;
        notes.push(`没有找到“${heading}”这一节，正文留空。`);
        return [id, ''];
      }
      return [id, paragraphs(linesOf(id))];
    }),
  ) as Record<TextSectionId, string>;

  const { title, preface } = readFrontMatter(lines.slice(0, headings[0]?.line ?? 0));
  const firstParagraph = texts.一.split('\n')[0] ?? '';
  const body = bodyFromTitle(title) || bodyFromParagraph(firstParagraph);
  const foundYear =
    yearIn(title) ?? yearIn(texts.一) ?? (fileName ? yearInFileName(fileName) : null);

  const regions: Partial<Record<TableId, TableTokens>> = {};
  for (const id of TABLES) regions[id] = tokenizeTable(linesOf(id));
  const detected = detectFormat(Object.values(regions));
  const format = detected ?? (foundYear === null ? DEFAULT_FORMAT : formatForYear(foundYear));
  if (!detected) {
    const why = foundYear === null ? '默认' : '报告年度';
    notes.push(`表格中没有能区分 2019 年格式和 2021 年格式的栏目，按${why}采用 ${format} 年格式。`);
  }
  const year = foundYear ?? formatSpecs[format].years.from;
  if (foundYear === null) {
    notes.push(`标题、“一、总体情况”和文件名中都没有报告年度，暂按 ${year} 年导入，请核对。`);
  }

  const figures = readTables(format, regions);
  notes.push(...figures.notes);
  const base = emptyReport(year, body, format);
  return {
    ok: true,
    value: {
      ...base,
      meta: { ...base.meta, title, preface },
      texts,
      cells: { ...base.cells, ...figures.cells },
      stated: figures.stated,
    },
    notes,
  };
}
