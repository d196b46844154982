/**
 * The report's prose as GB/T 9704 paragraphs: the title in 2号 方正小标宋简体, centred; body text in
 * 3号 仿宋_GB2312 with a two-character first-line indent on the fixed 22-line pitch; section
 * headings `一、` in 黑体 and sub-headings `（一）` in 楷体_GB2312 (spec §5). In the prefilled
 * template, text still in last year's words is highlighted and commented (template-marks.ts).
 */
import { AlignmentType, HighlightColor, LineRuleType, Paragraph, TextRun } from 'docx';
import type { ParagraphChild } from 'docx';
import { commentEnd, commentStart } from './comments';
import { LINE_PITCH, SIZE, mm, runStyle } from './typography';
import type { FontRole } from './typography';

/** Two characters of 3号 type, the first-line indent of every body paragraph. */
const INDENT = { firstLine: SIZE.body * 2 * 20, firstLineChars: 200 };
const BODY_SPACING = { line: LINE_PITCH, lineRule: LineRuleType.EXACT, before: 0, after: 0 };

/** Yellow, Word's usual "look at this" colour, on text carried over from last year. */
const CARRIED = { highlight: HighlightColor.YELLOW };

const run = (text: string, role: FontRole, carried = false) =>
  new TextRun({ text, ...runStyle(role, SIZE.body), ...(carried ? CARRIED : {}) });

/** The title, centred; a long title wraps onto a second line of the same size. */
export function titleParagraph(title: string): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: { line: mm(12.5), lineRule: LineRuleType.EXACT, before: 0, after: LINE_PITCH },
    children: [new TextRun({ text: title, ...runStyle('title', SIZE.title) })],
  });
}

/** A first-level heading (`一、总体情况`) in 黑体, kept on the page of what follows it. */
export function headingParagraph(heading: string): Paragraph {
  return new Paragraph({
    indent: INDENT,
    spacing: BODY_SPACING,
    keepNext: true,
    children: [run(heading, 'heading')],
  });
}

/**
 * `（一）主动公开情况。全年主动公开……`: the numbered phrase up to its first full stop is a
 * second-level heading in 楷体; what follows on the same line stays body text. A long numbered
 * sentence without a full stop is body text that happens to start with a number. Half-width
 * brackets `(一)`, common in published reports (spec §6), count too.
 */
const SUBHEADING = /^[（(][一二三四五六七八九十]+[）)][^。\n]{0,30}?(。|$)/;

function bodyRuns(line: string, carried: boolean): TextRun[] {
  const heading = SUBHEADING.exec(line)?.[0];
  if (!heading) return [run(line, 'body', carried)];
  const rest = line.slice(heading.length);
  const subheading = run(heading, 'subheading', carried);
  return rest ? [subheading, run(rest, 'body', carried)] : [subheading];
}

/**
 * One paragraph per non-empty line of a text section (texts hold paragraphs joined by '\n').
 * With `carriedComment`, the text is last year's: every run is highlighted and the comment spans
 * all the paragraphs, opening in the first and closing in the last.
 */
export function bodyParagraphs(text: string, carriedComment?: number): Paragraph[] {
  const lines = text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');
  const marked = carriedComment !== undefined;
  return lines.map((line, i) => {
    const children: ParagraphChild[] = bodyRuns(line, marked);
    if (marked && i === 0) children.unshift(commentStart(carriedComment));
    if (marked && i === lines.length - 1) children.push(...commentEnd(carriedComment));
    return new Paragraph({ indent: INDENT, spacing: BODY_SPACING, children });
  });
}
