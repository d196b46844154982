/**
 * Whether printed lines are a report at all: at least two of the six section headings in any
 * tolerated form (spec §6), or at least three row labels of table 三 (a report pasted without its
 * headings). The text reader asks it in sniff() and read(), so a text it accepts is one it can
 * read; the Word reader asks it of the paragraphs and table cells of a Word file made elsewhere.
 */
import { formatIds, formatIndex } from '../../report';
import { sectionOfLine } from './headings';
import { labelKey } from './labels';

const MIN_HEADINGS = 2;
const MIN_TABLE3_LABELS = 3;
/** Longer cells are paragraphs; the longest table-三 label has 38 characters. */
const MAX_LABEL_LENGTH = 60;

const table3Labels: ReadonlySet<string> = new Set(
  formatIds.flatMap((id) => formatIndex(id).gridLines.map((line) => labelKey(line.node.label))),
);

export function looksLikeReport(lines: readonly string[]): boolean {
  const headings = new Set<string>();
  const labels = new Set<string>();
  for (const line of lines) {
    const trimmed = line.trim();
    // A flood of blank lines (a hostile file, or a PDF copy's spacing) is no evidence either way.
    if (trimmed === '') continue;
    const section = sectionOfLine(trimmed);
    if (section) headings.add(section);
    for (const cell of line.split('\t')) {
      if (cell.length > MAX_LABEL_LENGTH) continue;
      const key = labelKey(cell);
      if (table3Labels.has(key)) labels.add(key);
    }
    if (headings.size >= MIN_HEADINGS || labels.size >= MIN_TABLE3_LABELS) return true;
  }
  return false;
}
