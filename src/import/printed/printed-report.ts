/**
 * Assembles a report read from print — a website's text or a Word file made elsewhere — from its
 * prose (read-narrative.ts) and its tables (read-tables.ts), with the notes and the `unread` list
 * the readers share. The format is the one the tables' labels show (detect-format.ts), else the
 * year's, else the default; a year no line or file name gives is assumed and said so.
 */
import {
  YEAR_FIELD,
  emptyReport,
  formatForYear,
  formatSpecs,
  metaAddress,
  sections,
  textAddress,
} from '../../report';
import type { FormatId } from '../../report';
import type { ReaderResult } from '../reader';
import type { Narrative } from './read-narrative';
import { readTables } from './read-tables';
import type { RowReader } from './read-tables';

/** The default format (spec §1), for tables too damaged to show theirs and no year to go by. */
const DEFAULT_FORMAT: FormatId = '2021';

/** Field addresses (src/report/fields.ts) of what the prose did not give. */
function unreadFields(narrative: Narrative): string[] {
  return [
    ...(narrative.title ? [] : [metaAddress('title')]),
    ...(narrative.body ? [] : [metaAddress('body')]),
    ...(narrative.year === null ? [YEAR_FIELD] : []),
    ...narrative.missing.map(textAddress),
  ];
}

export function printedReport(
  narrative: Narrative,
  detected: FormatId | null,
  rowReader: (format: FormatId) => RowReader,
): ReaderResult {
  const notes = narrative.missing.map((id) => {
    const heading = sections.find((s) => s.id === id)?.heading ?? id;
    return `没有找到“${heading}”这一节，正文留空。`;
  });
  const found = narrative.year;
  const format = detected ?? (found === null ? DEFAULT_FORMAT : formatForYear(found));
  if (!detected) {
    const why = found === null ? '默认' : '报告年度';
    notes.push(`表格中没有能区分 2019 年格式和 2021 年格式的栏目，按${why}采用 ${format} 年格式。`);
  }
  const year = found ?? formatSpecs[format].years.from;
  if (found === null) {
    notes.push(`标题、“一、总体情况”和文件名中都没有报告年度，暂按 ${year} 年导入，请核对。`);
  }
  const figures = readTables(format, rowReader(format));
  notes.push(...figures.notes);
  const base = emptyReport(year, narrative.body, format);
  return {
    ok: true,
    value: {
      ...base,
      meta: { ...base.meta, title: narrative.title, preface: narrative.preface },
      texts: narrative.texts,
      cells: { ...base.cells, ...figures.cells },
      stated: figures.stated,
    },
    notes,
    unread: [...unreadFields(narrative), ...figures.unread],
  };
}
