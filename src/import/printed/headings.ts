/**
 * Finds the six section headings (spec §2) in a report's printed lines (a published text, a Word
 * file's paragraphs). Tolerated (spec §6): any bracket,
 * punctuation or space variant (labelKey), numbering `一、`, `1、`, `1.` or none (`总体情况`), and the
 * reworded titles of the alias table. A heading is a whole line, and headings are taken in their
 * official order, so a table row such as `四、结转下年度继续办理` or a sub-heading repeating a title
 * later in the text is never mistaken for one.
 */
import { sections } from '../../report';
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

/** The section a line is the heading of, or undefined. */
export function sectionOfLine(line: string): SectionId | undefined {
  if (line.length > MAX_HEADING_LENGTH) return undefined;
  return headingKeys.get(labelKey(line));
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
