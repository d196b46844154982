/**
 * The report as plain text ready to paste into a government website's CMS, in the layout of
 * published reports (../shared/fixtures/published/bogang-2021.txt): the title, the preface, then
 * the six official headings in order, each narrative section as paragraphs and each table as
 * TAB-separated lines with the official labels.
 *
 * Invariants: every block (title, heading, paragraph, table) is separated from the next by one
 * blank line, as in bogang; every line ends with CRLF, the last one included, because the offices'
 * Windows tools (Notepad, WPS, CMS editors) expect it; figures are exactly those of figures() —
 * typed, derived or as published — with a blank cell as an empty field. All layout comes from the
 * declaration, so a declared row or column appears here without an edit.
 */
import {
  figures,
  formatIndex,
  paragraphsOf as paragraphs,
  printedTitle,
  sections,
  squashSpaces,
} from '../report';
import type { Report } from '../report';
import { tableLines } from './txt-tables';

const CRLF = '\r\n';

export function exportTxt(report: Report): string {
  const index = formatIndex(report.format);
  const values = new Map(figures(report));
  const valueOf = (address: string) => values.get(address) ?? '';
  // The same fallback as the print view: a report without a title still gets the standard one.
  const title = printedTitle(report);
  const blocks: string[][] = [
    [squashSpaces(title)],
    ...paragraphs(report.meta.preface).map((p) => [p]),
    ...sections.flatMap((section) => [
      [section.heading],
      ...(section.kind === 'text'
        ? paragraphs(report.texts[section.id]).map((p) => [p])
        : [tableLines(section.id, index, valueOf)]),
    ]),
  ];
  return blocks.map((lines) => lines.join(CRLF)).join(CRLF + CRLF) + CRLF;
}
