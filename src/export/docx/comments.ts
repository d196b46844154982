/**
 * Word comments (批注) in the prefilled template: the comment itself, in comments.xml, and the
 * marks in the text that anchor it. The marks carry no text (`w:commentRangeStart`/`End` and a run
 * holding only `w:commentReference`), so a paragraph reads exactly as without them — our own-docx
 * reader takes the text and figures from the paragraphs and tables and must see the same words.
 */
import { CommentRangeEnd, CommentRangeStart, CommentReference, Paragraph, TextRun } from 'docx';
import type { ICommentOptions, ParagraphChild } from 'docx';
import { SIZE, runStyle } from './typography';

/** Who wrote the comment, as Word shows it in the balloon. */
const AUTHOR = '政府信息公开年度报告工具';

/** The comment's text in 五号 宋体: without it the comment would take the body's 3号 仿宋. */
export const comment = (id: number, text: string): ICommentOptions => ({
  id,
  author: AUTHOR,
  children: [
    new Paragraph({ children: [new TextRun({ text, ...runStyle('table', SIZE.table) })] }),
  ],
});

/** Opens comment `id`'s range: the first child of the first paragraph it covers. */
export const commentStart = (id: number): ParagraphChild => new CommentRangeStart(id);

/** Closes the range, then the reference run that Word hangs the balloon on: the last children. */
export const commentEnd = (id: number): ParagraphChild[] => [
  new CommentRangeEnd(id),
  new TextRun({ children: [new CommentReference(id)] }),
];
