/**
 * How the report's text is set as a document, shared by print, .docx and .txt so the three agree:
 * which lines are paragraphs, which phrase is a second-level heading, where a title may break.
 * GB/T 9704-2012 §7.3.3 sets second-level headings `（一）` in 楷体; published reports write them
 * run-in (`（一）主动公开情况。全年主动公开……`, bogang-2021, hongze-2023), so only the phrase up to
 * its full stop is the heading and the rest of the line is body text.
 */
import { squashSpaces } from './spaces';
import { TITLE_SUFFIX } from './spec';

/** Paragraphs of a text as the documents print them: one per line, trimmed, blank lines dropped. */
export const paragraphsOf = (text: string): string[] =>
  text
    .split(/\r\n|\r|\n/)
    .map((p) => p.trim())
    .filter(Boolean);

/**
 * `（一）主动公开情况。` (or `(一)`, as published reports also write it, spec §6): the numbered
 * phrase up to and including its first full stop, or the whole line when it is short and has none.
 * A long numbered sentence without a full stop is body text that happens to start with a number.
 */
const SUBHEADING = /^[（(][一二三四五六七八九十]+[）)][^。\n]{0,30}?(。|$)/;

export interface ParagraphParts {
  /** The run-in second-level heading (楷体), or '' for a plain body paragraph. */
  readonly heading: string;
  /** Body text (仿宋) after the heading. */
  readonly body: string;
}

export function paragraphParts(paragraph: string): ParagraphParts {
  const heading = SUBHEADING.exec(paragraph)?.[0] ?? '';
  return { heading, body: paragraph.slice(heading.length) };
}

const YEAR_AND_NAME = new RegExp(`[0-9]{4}${TITLE_SUFFIX}$`);

/**
 * The title in the parts it may break between, by meaning (GB/T 9704 §7.3.3: a long title breaks
 * where the sense allows, never inside a word): the issuing body, then `2024年政府信息公开工作年度报告`.
 * A title of another shape is one part, broken only where it must.
 */
export function titleParts(title: string): string[] {
  const flat = squashSpaces(title);
  const tail = YEAR_AND_NAME.exec(flat);
  if (!tail || tail.index === 0) return [flat];
  return [flat.slice(0, tail.index).trim(), tail[0]];
}

/**
 * Width in ems as set in a CJK face: ASCII (Latin digits, letters) half, everything else full.
 * A loop, not a spread into an array: the readers measure every line of a file, however long.
 */
export function emWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += ch <= '\u007e' ? 0.5 : 1;
  return width;
}

/**
 * The title's lines for a line of `emsPerLine` ems (the .docx, which cannot wrap by meaning on its
 * own): one line when it fits, else one per part.
 */
export const titleLines = (title: string, emsPerLine: number): string[] =>
  emWidth(squashSpaces(title)) <= emsPerLine ? [squashSpaces(title)] : titleParts(title);
