/**
 * What the prefilled template (下载预填模板, issue #6) marks for the office to finish in Word: the
 * parts of a report started from last year's (carryForward, spec §4) that still are last year's.
 *
 * - The preface and each narrative section (一、五、六) still in last year's words — as written last
 *   year or as carryForward brought them over, years moved on — are highlighted (a preface the app
 *   drafted for this year is not last year's words) and get one comment
 *   asking for this year's wording. Spec §4 carries them "as a draft, marked 'carried over —
 *   revise'". A part already rewritten, or empty, is left alone.
 * - Section 五's comment adds that last year's problems are this year's 上年度问题整改情况 (spec §4:
 *   last year's 五 problems are the checklist for this year's 上年度问题整改).
 * - Table 三's 上年结转 row, while it holds the figures carried from last year's 结转下年度继续办理
 *   (carry-links.ts `copy`), gets one comment saying where they came from. Blank cells stay blank.
 *
 * Comment ids run in document order, so Word lists the comments top to bottom.
 */
import type { ICommentOptions } from 'docx';
import { carryForward, carryLinks, comparableText, formatIndex, sections } from '../../report';
import type { Report, TextSectionId } from '../../report';
import { comment } from './comments';

export type TextPart = 'preface' | TextSectionId;

export interface TemplateMarks {
  /** The comment on each part still in last year's words. */
  readonly texts: ReadonlyMap<TextPart, number>;
  /** The comment on each row of table 三 still holding last year's figures, by row id. */
  readonly rows: ReadonlyMap<string, number>;
  readonly comments: readonly ICommentOptions[];
}

export const NO_MARKS: TemplateMarks = { texts: new Map(), rows: new Map(), comments: [] };

const reviseNote = (year: number) => `上年内容，请按${year}年情况改写；改完后删除本批注。`;

/** A carried 五 is never empty, so last year's 五 always listed something to follow up. */
const problemsNote = (year: number) =>
  `上年内容，请按${year}年情况改写：上年所列问题，本年应作为“上年度问题整改情况”逐项写明整改结果；改完后删除本批注。`;

const carriedRowNote = (lastYear: number, label: string, source: string) =>
  `“${label}”一行按${lastYear}年报告“${source}”逐列填入，请核对。`;

/** True when `now` has text and it is one of last year's versions, ignoring whitespace. */
const unrevised = (now: string, ...before: readonly string[]) => {
  const text = comparableText(now);
  return text !== '' && before.some((b) => comparableText(b) === text);
};

/** Table 三's rows whose cells still hold what carryForward copied in, each with its note. */
function carriedRows(report: Report, lastYear: Report, carried: Report): Map<string, string> {
  const now = formatIndex(report.format);
  const last = formatIndex(lastYear.format);
  const rows = new Map<string, string>();
  for (const link of carryLinks(last, now)) {
    const cell = now.byAddress.get(link.to);
    const value = carried.cells[link.to] ?? '';
    if (link.kind !== 'copy' || cell?.table !== '三' || rows.has(cell.rowId)) continue;
    if (value === '' || report.cells[link.to] !== value) continue;
    const source = last.byAddress.get(link.from[0] ?? '')?.rowLabel ?? '';
    rows.set(cell.rowId, carriedRowNote(lastYear.meta.year, cell.rowLabel, source));
  }
  return rows;
}

export function templateMarks(report: Report): TemplateMarks {
  const { lastYear } = report;
  if (!lastYear) return NO_MARKS;
  const carried = carryForward(lastYear);
  const { year } = report.meta;
  const texts = new Map<TextPart, number>();
  const rows = new Map<string, number>();
  const comments: ICommentOptions[] = [];
  const add = (text: string) => comments.push(comment(comments.length, text)) - 1;

  // A preface the app drafted for this year (carryDrafts) is this year's wording, not last year's.
  const draftedPreface = report.drafted?.前言;
  const prefaceIsDrafted =
    draftedPreface?.state === 'drafted' && draftedPreface.text === report.meta.preface;
  if (
    !prefaceIsDrafted &&
    unrevised(report.meta.preface, lastYear.meta.preface, carried.meta.preface)
  ) {
    texts.set('preface', add(reviseNote(year)));
  }
  const rowNotes = carriedRows(report, lastYear, carried);
  for (const section of sections) {
    if (section.kind === 'text') {
      const { id } = section;
      if (unrevised(report.texts[id], lastYear.texts[id], carried.texts[id])) {
        texts.set(id, add(id === '五' ? problemsNote(year) : reviseNote(year)));
      }
    } else if (section.id === '三') {
      for (const [rowId, note] of rowNotes) rows.set(rowId, add(note));
    }
  }
  return { texts, rows, comments };
}
