/**
 * The report's prose as GB/T 9704 paragraphs: the title in 2号 方正小标宋简体, centred; body text in
 * 3号 仿宋_GB2312 with a two-character first-line indent on the fixed 22-line pitch; section
 * headings `一、` in 黑体 and sub-headings `（一）` in 楷体_GB2312 (spec §5). In the prefilled
 * template, text still in last year's words is highlighted and commented (template-marks.ts).
 */
import { AlignmentType, HighlightColor, LineRuleType, Paragraph, TextRun } from 'docx';
import type { ParagraphChild } from 'docx';
import { commentEnd, commentStart } from './comments';
import { paragraphParts, paragraphsOf, titleLines } from '../../report';
import { LINE_PITCH, SIZE, TEXT_WIDTH, mm, runStyle } from './typography';
import type { FontRole } from './typography';

/** Two characters of 3号 type, the first-line indent of every body paragraph. */
const INDENT = { firstLine: SIZE.body * 2 * 20, firstLineChars: 200 };
const BODY_SPACING = { line: LINE_PITCH, lineRule: LineRuleType.EXACT, before: 0, after: 0 };

/** Yellow, Word's usual "look at this" colour, on text carried over from last year. */
const CARRIED = { highlight: HighlightColor.YELLOW };

const run = (text: string, role: FontRole, carried = false) =>
  new TextRun({ text, ...runStyle(role, SIZE.body), ...(carried ? CARRIED : {}) });

/** Ems of 2号 type on a line of the text block. */
const TITLE_EMS = TEXT_WIDTH / (SIZE.title * 20);

/**
 * The title, centred; too long for one line, it breaks by meaning (titleLines: the body, then
 * `2024年政府信息公开工作年度报告`) with a line break, as the print view does, never inside a word.
 */
export function titleParagraph(title: string): Paragraph {
  const style = runStyle('title', SIZE.title);
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: { line: mm(12.5), lineRule: LineRuleType.EXACT, before: 0, after: LINE_PITCH },
    children: titleLines(title, TITLE_EMS).map(
      (text, i) => new TextRun({ text, ...style, ...(i > 0 ? { break: 1 } : {}) }),
    ),
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

/** A run-in subheading (`（一）主动公开情况。`, paragraphParts) in 楷体, the rest in 仿宋. */
function bodyRuns(line: string, carried: boolean): TextRun[] {
  const { heading, body } = paragraphParts(line);
  return [
    ...(heading ? [run(heading, 'subheading', carried)] : []),
    ...(body ? [run(body, 'body', carried)] : []),
  ];
}

/**
 * One paragraph per non-empty line of a text section (texts hold paragraphs joined by '\n').
 * With `carriedComment`, the text is last year's: every run is highlighted and the comment spans
 * all the paragraphs, opening in the first and closing in the last.
 */
export function bodyParagraphs(text: string, carriedComment?: number): Paragraph[] {
  const lines = paragraphsOf(text);
  const marked = carriedComment !== undefined;
  return lines.map((line, i) => {
    const children: ParagraphChild[] = bodyRuns(line, marked);
    if (marked && i === 0) children.unshift(commentStart(carriedComment));
    if (marked && i === lines.length - 1) children.push(...commentEnd(carriedComment));
    return new Paragraph({ indent: INDENT, spacing: BODY_SPACING, children });
  });
}
