/**
 * The prose of a printed report, from its lines in reading order (a website's text, or a Word
 * file's paragraphs outside its tables): the six headings split the lines (headings.ts); the
 * narrative sections 一, 五 and 六 keep their paragraphs as printed (trimmed, blank lines dropped,
 * the heading itself excluded); the lines before the first heading give the title and preface, and
 * with 一 the body's name and the report year (front-matter.ts).
 */
import { reportYearIn, sections, textSectionIds } from '../../report';
import type { SectionId, TextSectionId } from '../../report';
import {
  bodyFromParagraph,
  bodyFromTitle,
  fullerBody,
  readFrontMatter,
  yearInFileName,
} from './front-matter';
import { findHeadings } from './headings';
import type { HeadingAt } from './headings';
import { endsArticle, isPageNumber } from './page-furniture';
import { proseParagraphs } from './prose-lines';

export interface Narrative {
  /** The lines before the first heading: title and preface, as printed. */
  readonly front: readonly string[];
  /** '' when the first line before 一 does not look like a title. */
  readonly title: string;
  readonly preface: string;
  /** '' when neither the title nor 一's first paragraph names the body. */
  readonly body: string;
  readonly texts: Readonly<Record<TextSectionId, string>>;
  /** Narrative sections whose heading was not found; their text is ''. */
  readonly missing: readonly TextSectionId[];
  /** The year written in the title or 一, else in the file name; null when none gives one. */
  readonly year: number | null;
  /** The lines of a section (tables' sections too), from its heading to the next heading found. */
  readonly linesOf: (id: SectionId) => readonly string[];
}

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

/** Paragraphs as the report keeps them: trimmed, blank ones dropped, joined by '\n'. */
export const paragraphs = (lines: readonly string[]): string => proseParagraphs(lines).join('\n');

/**
 * The report's own lines: page numbers blanked (a blank line still parts the cells of a table
 * printed one per line), and the page below the article — related links, the site's footer, which
 * a copied web page brings — cut off after the last heading.
 */
function articleLines(printed: readonly string[]) {
  const lines = printed.map((line) => (isPageNumber(line) ? '' : line));
  const headings = findHeadings(lines);
  const last = headings.at(-1)?.line ?? lines.length;
  const end = lines.findIndex((line, i) => i > last && endsArticle(line));
  return { lines: end < 0 ? lines : lines.slice(0, end), headings };
}

export function readNarrative(printed: readonly string[], fileName?: string): Narrative {
  const { lines, headings } = articleLines(printed);
  const linesOf = sectionLines(lines, headings);
  const missing = textSectionIds.filter((id) => !headings.some((h) => h.id === id));
  const texts = Object.fromEntries(
    textSectionIds.map((id) => [id, missing.includes(id) ? '' : paragraphs(linesOf(id))]),
  ) as Record<TextSectionId, string>;
  const front = lines.slice(0, headings[0]?.line ?? 0);
  const { title, preface } = readFrontMatter(front);
  const firstParagraph = texts.一.split('\n')[0] ?? '';
  return {
    front,
    title,
    preface,
    body:
      fullerBody(bodyFromTitle(title), `${preface}\n${texts.一}`) ||
      bodyFromParagraph(firstParagraph),
    texts,
    missing,
    year:
      reportYearIn(title) ?? reportYearIn(texts.一) ?? (fileName ? yearInFileName(fileName) : null),
    linesOf,
  };
}
