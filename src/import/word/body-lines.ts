/**
 * The lines of a Word document's prose in reading order: every paragraph of the body outside the
 * tables (table text is read as tables), looking through content controls, one line per paragraph
 * and per manual line break within one. Headers, footers (the page numbers), footnotes and comments
 * live in other parts of the package and are never read.
 */
import { children, paragraphText } from './word-text';
import type { XmlElement } from './xml';

/** `body` is `w:body` (or the document element, when a damaged file lacks one). */
export const bodyLines = (body: XmlElement): string[] =>
  children(body, 'w:p').flatMap((p) => paragraphText(p).split('\n'));
