/**
 * A page rebuilt from text positions, the common ground of the PDF reader (pdf.js gives each run of
 * text its place on the page) and of text copied out of a PDF with its layout kept (the place of a
 * run is its column). Everything after this point reads positions only, so both share one reading.
 */

/** A run of text with its horizontal extent, in points (PDF) or character columns (layout text). */
export interface Run {
  readonly text: string;
  readonly x0: number;
  readonly x1: number;
}

/** One printed line: its runs left to right, far enough apart to be separate cells. */
export interface PositionedLine {
  readonly runs: readonly Run[];
  /** The page it is printed on (1-based); columns are measured per page. */
  readonly page: number;
  /** The font size of its largest run (layout text: 1); titles are printed larger. */
  readonly size: number;
}

/** The line as prose: its runs joined, as printed. */
export const lineText = (line: PositionedLine): string => line.runs.map((r) => r.text).join(' ');

export const centreOf = (run: Run): number => (run.x0 + run.x1) / 2;

/** `-4-`, `- 4 -`, `— 4 —`, `第4页`, `第 4 页 共 6 页`: a page number, dropped with its line. */
const PAGE_NUMBER =
  /^(?:[-－—–―\s]*[0-9０-９]+[-－—–―\s]*|第\s*[0-9０-９]+\s*页(?:\s*[,，]?\s*共\s*[0-9０-９]+\s*页)?)$/;

export const isPageNumber = (text: string): boolean =>
  /[-－—–―第]/.test(text) && PAGE_NUMBER.test(text.trim());
