/**
 * The page number of GB/T 9704: `— 1 —` in 4号 宋体 below the text block, on odd pages at the right
 * and on even pages at the left, each one character in from the edge of the text block. Word needs
 * `evenAndOddHeaderAndFooters` on the document for the even footer to be used (see export-docx.ts).
 */
import { AlignmentType, Footer, PageNumber, Paragraph, TextRun } from 'docx';
import { SIZE, runStyle } from './typography';

/** One character of 4号 type, in twips. */
const ONE_CHARACTER = SIZE.pageNumber * 20;

function pageNumberFooter(side: 'odd' | 'even'): Footer {
  const style = runStyle('pageNumber', SIZE.pageNumber);
  return new Footer({
    children: [
      new Paragraph({
        alignment: side === 'odd' ? AlignmentType.RIGHT : AlignmentType.LEFT,
        indent: side === 'odd' ? { right: ONE_CHARACTER } : { left: ONE_CHARACTER },
        children: [
          new TextRun({ text: '— ', ...style }),
          new TextRun({ children: [PageNumber.CURRENT], ...style }),
          new TextRun({ text: ' —', ...style }),
        ],
      }),
    ],
  });
}

/** The section's footers: `default` is used on odd pages once even/odd footers are on. */
export const pageNumberFooters = () => ({
  default: pageNumberFooter('odd'),
  even: pageNumberFooter('even'),
});
