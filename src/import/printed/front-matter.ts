/**
 * Title, body and year of a published report. Published reports may lack a title or print one
 * without the year (spec §6), so each has a fallback:
 * - title: the first line before 一 when it looks like a title (contains 报告, short), else '';
 * - body: from the title, without its year and `政府信息公开工作年度报告` but in the body's own
 *   wording (`郑郭镇政府信息公开工作年度报告` → `郑郭镇政府`: the 政府 is shared); without one, the
 *   人民政府/政府/办事处 that is the subject of 一's first paragraph;
 * - year: from the title, else the first `20xx年` in 一, else the file name.
 */
import { FIRST_YEAR, YEAR_DIGITS, withoutSpaces } from '../../report';
import { clean } from './labels';
import { isChromeLine, isMetadataLabel } from './page-furniture';
import { proseParagraphs } from './prose-lines';

/** Longer lines are paragraphs, not titles. */
const MAX_TITLE_LENGTH = 80;
const REPORT_SUFFIX = /(?:信息|政务)公开(?:工作)?(?:年度)?报告$/;
const LEADING_YEAR = new RegExp(`^${YEAR_DIGITS}年度?`);
const TRAILING_YEAR = new RegExp(`(?:关于)?${YEAR_DIGITS}年度?(?:政府)?$`);
/** A body's name opening a sentence: a place (镇, 乡, 街道, 县, 市, 区) and its 人民政府/政府/办事处. */
const BODY_NAME = /^[\u4e00-\u9fff]{1,30}?(?:镇|乡|街道|县|市|区)(?:人民政府|政府|办事处)/;
/** `我镇政府`, or a sentence that opens with what it does (`紧紧围绕县政府中心工作`): not a name. */
const NOT_A_NAME = /^[我本该]|围绕|按照|根据|坚持|贯彻|落实|认真|紧紧|全面|积极|进一步/;
/** `2021年，`, `2021年以来，`, `一年来，`: the time phrase before the paragraph's subject. */
const LEADING_TIME = new RegExp(
  `^(?:${YEAR_DIGITS}\\s*年度?|一年来|今年以来|本年度)[^，,。]{0,6}[，,]\\s*`,
);

export interface FrontMatter {
  readonly title: string;
  /** Lines before 一 other than the title (legal basis, period, where published, contact). */
  readonly preface: string;
}

/** A title ends in 报告 (or 年报), perhaps with a bracketed note; `本报告…` is a sentence. */
const TITLE = /(?:报告|年报)\s*(?:（[^（）]*）|\([^()]*\))?$/;
const NOT_TITLE = /[。；]|本(?:年度)?报告|对本/;
/** The first line of a title printed on two: the body (`淮安市人民政府`) or a year (`2024 年`). */
const TITLE_HEAD = /(?:政府|办事处|委员会|局|镇|乡|街道|办公室|厅|中心|院|区|县|市|年|年度)$/;
const MAX_TITLE_HEAD = 40;

const isTitle = (line: string) =>
  line.length <= MAX_TITLE_LENGTH &&
  TITLE.test(line) &&
  /公开|年报/.test(line) &&
  !NOT_TITLE.test(line);

const joinsTitle = (head: string, title: string) =>
  head.length <= MAX_TITLE_HEAD &&
  !/[，。；：:,.;!?！？报]/.test(head) &&
  (TITLE_HEAD.test(head) || (head.includes('公开') && !title.includes('公开')));

/**
 * The lines without a web page's chrome: metadata (`索引号：…`, or a label alone on its line with
 * its value on the next, kept only when the value is the report's title), breadcrumbs, tool links
 * and page numbers.
 */
function withoutChrome(lines: readonly string[]): string[] {
  const kept: string[] = [];
  let value = false;
  for (const line of lines) {
    if (line === '') continue;
    if (isMetadataLabel(line)) {
      value = true;
      continue;
    }
    const isValue = value;
    value = false;
    if ((isValue && !isTitle(line)) || isChromeLine(line)) continue;
    kept.push(line);
  }
  return kept;
}

/**
 * The title is the last title line before 一 (a web page may print it twice, in its metadata and
 * above the article), joined with the line before when the title is printed on two lines; what
 * comes before it is the page's chrome. Without one, the first line when it mentions 报告.
 */
export function readFrontMatter(lines: readonly string[]): FrontMatter {
  const kept = withoutChrome(lines.map(clean));
  let at = kept.findLastIndex(isTitle);
  if (at < 0 && (kept[0] ?? '').includes('报告') && (kept[0] ?? '').length <= MAX_TITLE_LENGTH) {
    at = 0;
  }
  if (at < 0) return { title: '', preface: proseParagraphs(kept).join('\n') };
  const line = kept[at] ?? '';
  const head = kept[at - 1];
  const title = head !== undefined && joinsTitle(head, line) ? head + line : line;
  return { title, preface: proseParagraphs(kept.slice(at + 1)).join('\n') };
}

/**
 * The body's full name when the text names it in full and the title in short (`洪泽区人民政府` in
 * the title, `淮安市洪泽区人民政府` in the preface): the places written right before the short name,
 * after any word that ends a phrase (`由淮安市洪泽区人民政府编制`). Else the short name.
 */
export function fullerBody(body: string, text: string): string {
  if (!body) return body;
  let at = text.indexOf(body);
  while (at >= 0) {
    const before = /[\u4e00-\u9fff]{0,16}$/.exec(text.slice(Math.max(0, at - 16), at))?.[0] ?? '';
    const places = before.replace(/^.*[由经据按照是的为对向在将及与和]/, '');
    if (PLACES.test(places)) return places + body;
    at = text.indexOf(body, at + body.length);
  }
  return body;
}

const PLACES = /^(?:[\u4e00-\u9fff]{2,4}?(?:省|自治区|市|州|盟|地区|县|旗|区))+$/;

export function bodyFromTitle(title: string): string {
  const squashed = withoutSpaces(title);
  const named = squashed.replace(REPORT_SUFFIX, '');
  if (named === squashed) return '';
  // `2021年XX镇人民政府政府信息公开…`
  const rest = named.replace(LEADING_YEAR, '');
  // `…人民政府2021年政府信息公开…`: the 政府 after the year begins the title's phrase.
  if (TRAILING_YEAR.test(rest)) return rest.replace(TRAILING_YEAR, '');
  // `…人民政府政府信息公开…`: so does a second 政府.
  if (/(?:政府|办事处)政府$/.test(rest)) return rest.slice(0, -'政府'.length);
  // `郑郭镇政府信息公开…`: the 政府 is the body's own and the phrase's at once.
  return rest;
}

/**
 * The body named as the subject of 一's first paragraph (`2021年，汝州市寄料镇人民政府以…`). Only the
 * subject: a government named later in the sentence (`紧紧围绕县政府中心工作`) is another body.
 */
export function bodyFromParagraph(paragraph: string): string {
  const name = BODY_NAME.exec(paragraph.replace(LEADING_TIME, ''))?.[0] ?? '';
  return NOT_A_NAME.test(name) ? '' : name;
}

/** A year in a file name (`伯岗镇2021年报.txt`, `report-2021.txt`), or null. */
export function yearInFileName(fileName: string): number | null {
  for (const match of fileName.matchAll(/(?<!\d)(20\d\d)(?!\d)/g)) {
    const year = Number(match[1]);
    if (year >= FIRST_YEAR) return year;
  }
  return null;
}
