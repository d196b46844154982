/**
 * What a web page shows, in reading order: lines of text (one per paragraph, heading, list item or
 * line break) and data tables (grids), each with the path of elements it sits in, so the article
 * can be told from the page around it (read-web-page.ts). What a reader never sees is skipped:
 * scripts, styles, the head, forms' controls, hidden elements, navigation and footers. A table that
 * holds other tables or whole paragraphs lays out the page rather than data: its cells are read as
 * ordinary blocks.
 */
import type { WordTable } from '../word/word-tables';
import { htmlTable, tableCells, tableRows } from './html-tables';
import type { HtmlElement, HtmlNode } from './html-tree';

export type PageBlock =
  | { readonly kind: 'line'; readonly text: string; readonly path: readonly number[] }
  | { readonly kind: 'table'; readonly table: WordTable; readonly path: readonly number[] };

const SKIPPED = new Set(
  'head script style noscript template nav footer select option button iframe object embed svg canvas map input textarea audio video'.split(
    ' ',
  ),
);
const BLOCKS = new Set(
  'address article aside blockquote body center dd details dialog dir div dl dt fieldset figcaption figure form h1 h2 h3 h4 h5 h6 header hr html legend li main menu ol p pre section summary table tbody td tfoot th thead tr ul caption'.split(
    ' ',
  ),
);
/** A cell this long is a paragraph: its table lays out the page. */
const MAX_DATA_CELL = 200;

const isHidden = ({ attributes }: HtmlElement) =>
  'hidden' in attributes ||
  attributes['aria-hidden'] === 'true' ||
  (attributes.style !== undefined &&
    /display\s*:\s*none|visibility\s*:\s*hidden/i.test(attributes.style));

function holdsTable(element: HtmlElement): boolean {
  return element.children.some(
    (c) => typeof c !== 'string' && (c.name === 'table' || holdsTable(c)),
  );
}

export function pageBlocks(root: HtmlElement): PageBlock[] {
  const blocks: PageBlock[] = [];
  const path: number[] = [];
  let next = 0;
  let line = '';
  let pre = 0;

  const flush = () => {
    const text = line.replace(/^[ \n]+|[ \n]+$/g, '');
    if (text) blocks.push({ kind: 'line', text, path: [...path] });
    line = '';
  };

  /** The text of a cell: its blocks as lines joined by '\n'. */
  const cellText = (cell: HtmlElement) => {
    const start = blocks.length;
    visitChildren(cell);
    flush();
    const lines = blocks.splice(start).map((b) => (b.kind === 'line' ? b.text : ''));
    return lines.join('\n');
  };

  const isDataTable = (table: HtmlElement) => {
    if (holdsTable(table)) return false;
    const cells = tableRows(table).flatMap(tableCells);
    return cells.length > 0 && cells.every((c) => textLength(c) <= MAX_DATA_CELL);
  };

  function visit(node: HtmlNode) {
    if (typeof node === 'string') {
      line += pre > 0 ? node : node.replace(/[ \t\n\r\f]+/g, ' ');
      return;
    }
    if (SKIPPED.has(node.name) || isHidden(node)) return;
    if (node.name === 'br') {
      flush();
      return;
    }
    const block = BLOCKS.has(node.name);
    if (block) flush();
    path.push(next);
    next += 1;
    if (node.name === 'table' && isDataTable(node)) {
      blocks.push({ kind: 'table', table: htmlTable(node, cellText), path: [...path] });
    } else if (node.name === 'pre') {
      pre += 1;
      visitChildren(node);
      for (const text of line.split('\n')) {
        line = text;
        flush();
      }
      pre -= 1;
    } else visitChildren(node);
    if (block) flush();
    path.pop();
  }

  function visitChildren(element: HtmlElement) {
    for (const child of element.children) visit(child);
  }

  visitChildren(root);
  flush();
  return blocks;
}

/** The length of an element's text, stopping early past the data-cell limit. */
function textLength(element: HtmlElement): number {
  let length = 0;
  const stack: HtmlNode[] = [...element.children];
  while (stack.length > 0 && length <= MAX_DATA_CELL) {
    const node = stack.pop();
    if (typeof node === 'string') length += node.trim().length;
    else if (node && !SKIPPED.has(node.name)) stack.push(...node.children);
  }
  return length;
}
