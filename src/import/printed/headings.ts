/**
 * Finds the six section headings (spec §2) in a report's printed lines (a published text, a Word
 * file's paragraphs). Tolerated (spec §6): any bracket,
 * punctuation or space variant (labelKey), numbering `一、`, `1、`, `1.` or none (`总体情况`), and the
 * reworded titles of the alias table, and numbered titles that say what the section is about
 * (`五、存在的主要问题及整改措施`). A heading is a whole line, and headings are taken in their
 * official order, so a table row such as `四、结转下年度继续办理` or a sub-heading repeating a title
 * later in the text is never mistaken for one.
 */
import { foldWidth, sections } from '../../report';
import type { SectionId } from '../../report';
import { headingAliases } from './aliases';
import { labelKey } from './labels';

export interface HeadingAt {
  readonly id: SectionId;
  /** Index of the heading's line. */
  readonly line: number;
}

const CHINESE_NUMERALS = '一二三四五六';
/** Longer lines are paragraphs; skipping them keeps the search cheap. */
const MAX_HEADING_LENGTH = 60;

const headingKeys: ReadonlyMap<string, SectionId> = new Map(
  sections.flatMap((section, i) => {
    const title = section.heading.replace(/^[一二三四五六]、/, '');
    const numbers = ['', CHINESE_NUMERALS[i] ?? '', String(i + 1)];
    return [title, ...(headingAliases[section.id] ?? [])].flatMap((printed) =>
      numbers.map((n) => [n + labelKey(printed), section.id] as const),
    );
  }),
);

const order = new Map(sections.map((s, i) => [s.id, i]));

/**
 * Headings reworded beyond the alias table, recognised by meaning: the section's own number
 * (`五、`, `五 `, `5、`; the bracketed `（五）` only for 五, since 一's sub-headings are `（二）依申请
 * 公开…`, and not `5.`, which numbers table 三's rows) followed by a short title that says what
 * the section is about.
 */
const MEANINGS: readonly (readonly [SectionId, RegExp, boolean])[] = [
  ['一', /总体情况|基本情况|总体概况|概述/, false],
  ['二', /主动公开/, false],
  ['三', /申请.*情况|收到和处理|依申请公开/, false],
  ['四', /复议|诉讼/, false],
  ['五', /问题|不足|整改|改进/, true],
  ['六', /需要报告|其他事项|其他情况/, false],
];
const NUMBERED_HEADING =
  /^(?:([一二三四五六])\s*[、.,，:：\s]?|([1-6])\s*、|[（(]\s*([一二三四五六])\s*[）)])\s*([^。；，]{2,30})$/;
const MAX_MEANING_LENGTH = 36;

function sectionByMeaning(line: string): SectionId | undefined {
  const text = foldWidth(line).trim();
  if (text.length > MAX_MEANING_LENGTH) return undefined;
  const match = NUMBERED_HEADING.exec(text);
  if (!match) return undefined;
  const [, chinese, arabic, bracketed, title = ''] = match;
  const index = arabic ? Number(arabic) - 1 : CHINESE_NUMERALS.indexOf(chinese ?? bracketed ?? '');
  const [id, meaning, mayBracket] = MEANINGS[index] ?? [];
  if (!id || !meaning || (bracketed !== undefined && !mayBracket)) return undefined;
  return meaning.test(title) ? id : undefined;
}

/** The section a line is the heading of, or undefined. */
export function sectionOfLine(line: string): SectionId | undefined {
  if (line.length > MAX_HEADING_LENGTH) return undefined;
  return headingKeys.get(labelKey(line)) ?? sectionByMeaning(line);
}

/** The headings present, in order; a missing heading is skipped (a truncated file, a bad copy). */
export function findHeadings(lines: readonly string[]): HeadingAt[] {
  const found: HeadingAt[] = [];
  let last = -1;
  lines.forEach((line, index) => {
    const id = sectionOfLine(line);
    const at = id === undefined ? -1 : (order.get(id) ?? -1);
    if (id !== undefined && at > last) {
      found.push({ id, line: index });
      last = at;
    }
  });
  return found;
}
