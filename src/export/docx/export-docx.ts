/**
 * exportDocx(report): the report as a Word document typeset to GB/T 9704 (spec §5) — A4 with the
 * standard margins, title, six sections, the three statistical tables as real Word tables with the
 * official merged headers, `— N —` page numbers — carrying the save file inside so the program
 * can reopen it (embedded-save-file.ts). Everything is driven by the declaration: the section list,
 * the tables' labels and cells come from src/report, figures from figures().
 *
 * `{ template: true }` gives the prefilled template (下载预填模板, issue #6) of a report started from
 * last year's: the same document, with what is still last year's highlighted and commented for the
 * office to finish in Word (template-marks.ts). Only comments and highlights are added — no text,
 * no figure — so the template opens back in the program like any of its .docx files.
 *
 * Pure: no DOM, no Node. Packed to a Uint8Array (Packer's `uint8array` output), which the browser
 * wraps in a Blob and the CLI writes to a file.
 */
import { Document, Packer, PageOrientation } from 'docx';
import type { FileChild } from 'docx';
import { figures, formatIndex, printedTitle, sections, serializeReport } from '../../report';
import type { FormatIndex, Report, TableId } from '../../report';
import { embedSaveFile } from './embedded-save-file';
import { pageNumberFooters } from './page-number';
import { table2 } from './table-2';
import { table3 } from './table-3';
import { table4 } from './table-4';
import { NO_MARKS, templateMarks } from './template-marks';
import type { TemplateMarks } from './template-marks';
import { bodyParagraphs, headingParagraph, titleParagraph } from './text-blocks';
import { PAGE, SIZE, runStyle } from './typography';
import { xmlSafeReport } from './xml-safe-text';

export const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

export interface DocxOptions {
  /** The prefilled template: what is still last year's marked for revision (spec §4). */
  readonly template?: boolean;
}

const TABLES: Record<
  TableId,
  (
    index: FormatIndex,
    values: ReadonlyMap<string, string>,
    rowComments: ReadonlyMap<string, number>,
  ) => FileChild
> = { 二: table2, 三: table3, 四: table4 };

function body(report: Report, marks: TemplateMarks): FileChild[] {
  const index = formatIndex(report.format);
  const values = new Map(figures(report));
  const title = printedTitle(report);
  return [
    titleParagraph(title),
    ...bodyParagraphs(report.meta.preface, marks.texts.get('preface')),
    ...sections.flatMap((section) => [
      headingParagraph(section.heading),
      ...(section.kind === 'text'
        ? bodyParagraphs(report.texts[section.id], marks.texts.get(section.id))
        : [TABLES[section.id](index, values, marks.rows)]),
    ]),
  ];
}

/**
 * Characters XML forbids are dropped first (xml-safe-text.ts; docxExportNote() says so to the
 * user), from the document and the embedded save file alike.
 */
export async function exportDocx(original: Report, options: DocxOptions = {}): Promise<Uint8Array> {
  const { report } = xmlSafeReport(original);
  const marks = options.template ? templateMarks(report) : NO_MARKS;
  const document = new Document({
    title: report.meta.title,
    creator: report.meta.body,
    ...(marks.comments.length > 0 ? { comments: { children: marks.comments } } : {}),
    // Odd pages take the `default` footer (page number at the right), even pages the `even` one.
    evenAndOddHeaderAndFooters: true,
    styles: { default: { document: { run: runStyle('body', SIZE.body) } } },
    sections: [
      {
        properties: {
          page: {
            size: { width: PAGE.width, height: PAGE.height, orientation: PageOrientation.PORTRAIT },
            margin: {
              top: PAGE.top,
              bottom: PAGE.bottom,
              left: PAGE.left,
              right: PAGE.right,
              header: PAGE.header,
              footer: PAGE.footer,
            },
          },
        },
        footers: pageNumberFooters(),
        children: body(report, marks),
      },
    ],
  });
  const overrides = embedSaveFile(document, serializeReport(report));
  return Packer.pack(document, 'uint8array', false, overrides);
}
