/**
 * A small, tolerant HTML parser for saved web pages and pasted clipboard HTML: tags, attributes,
 * text (character references decoded), comments and doctypes skipped, the raw text of `script`,
 * `style`, `textarea` and `title` kept whole, void elements, and the end tags browsers imply
 * (a new `td` closes the open cell, a new `tr` the open row, a block closes an open `p`).
 *
 * Linear in the page's length: one left-to-right scan with indexOf, and an end tag searches at most
 * MAX_DEPTH open elements, so a hostile page of unclosed or stray tags cannot make it quadratic.
 * Pure (no DOM): the CLI runs it in Node and the app in the browser, the same code.
 */
import { decodeEntities } from './html-entities';

export interface HtmlElement {
  readonly name: string;
  readonly attributes: Readonly<Record<string, string>>;
  readonly children: HtmlNode[];
}

export type HtmlNode = HtmlElement | string;

/** Deeper nesting is flattened into the element open at this depth (real pages stay under 60). */
const MAX_DEPTH = 256;

const VOID = new Set(
  'area base br col embed hr img input link meta param source track wbr basefont frame'.split(' '),
);
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'noscript']);
/** Elements whose start closes an open `p`, as the HTML parser does. */
const CLOSES_P = new Set(
  'address article aside blockquote center details dir div dl fieldset figcaption figure footer form h1 h2 h3 h4 h5 h6 header hr li main menu nav ol p pre section table ul'.split(
    ' ',
  ),
);
/** Implied ends: opening the key closes an open element of these names, up to the scope's edge. */
const TABLE_SECTIONS = new Set(['table', 'tbody', 'thead', 'tfoot']);
const CLOSES: Readonly<
  Record<string, { readonly names: ReadonlySet<string>; readonly scope: ReadonlySet<string> }>
> = {
  td: { names: new Set(['td', 'th']), scope: new Set(['tr', 'table']) },
  th: { names: new Set(['td', 'th']), scope: new Set(['tr', 'table']) },
  tr: { names: new Set(['tr']), scope: TABLE_SECTIONS },
  tbody: { names: new Set(['tbody', 'thead', 'tfoot']), scope: new Set(['table']) },
  thead: { names: new Set(['tbody', 'thead', 'tfoot']), scope: new Set(['table']) },
  tfoot: { names: new Set(['tbody', 'thead', 'tfoot']), scope: new Set(['table']) },
  li: { names: new Set(['li']), scope: new Set(['ul', 'ol', 'menu']) },
  dt: { names: new Set(['dt', 'dd']), scope: new Set(['dl']) },
  dd: { names: new Set(['dt', 'dd']), scope: new Set(['dl']) },
  option: { names: new Set(['option']), scope: new Set(['select', 'datalist']) },
};
/**
 * How far an end tag may close: table parts not past their table, `</p>` not out of its cell or
 * list item, and any other end tag not out of the table cell it is in (a stray `</div>` in a cell
 * must not close the page's layout around the table), as browsers read them.
 */
const TO_TABLE = new Set(['table']);
const END_SCOPE: Readonly<Record<string, ReadonlySet<string>>> = {
  td: TO_TABLE,
  th: TO_TABLE,
  tr: TO_TABLE,
  tbody: TO_TABLE,
  thead: TO_TABLE,
  tfoot: TO_TABLE,
  caption: TO_TABLE,
  table: new Set(),
  p: new Set(['td', 'th', 'table', 'li']),
};
const CELL_SCOPE: ReadonlySet<string> = new Set(['td', 'th', 'table', 'caption']);
const P: ReadonlySet<string> = new Set(['p']);
const P_SCOPE = END_SCOPE.p ?? new Set<string>();

const TAG_NAME = /[a-zA-Z][^\s/>]*/y;

const ATTRIBUTE = /([^\s"'<>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g;

function attributesOf(source: string): Record<string, string> {
  const attributes: Record<string, string> = {};
  for (const match of source.matchAll(ATTRIBUTE)) {
    const name = (match[1] ?? '').toLowerCase();
    if (!(name in attributes))
      attributes[name] = decodeEntities(match[2] ?? match[3] ?? match[4] ?? '');
  }
  return attributes;
}

/** Where a tag opened at `from` ends: its `>` outside quoted attribute values. */
function tagEnd(html: string, from: number): number {
  let quote = '';
  /** The last character outside white space: a quote opens a value only right after `=`. */
  let last = '';
  for (let i = from; i < html.length; i += 1) {
    const c = html[i];
    if (quote) {
      if (c === quote) quote = '';
      continue;
    }
    if (c === '>') return i;
    if ((c === '"' || c === "'") && last === '=') quote = c;
    if (c !== ' ' && c !== '\t' && c !== '\n' && c !== '\r') last = c ?? '';
  }
  return -1;
}

class TreeBuilder {
  readonly root: HtmlElement = { name: '#document', attributes: {}, children: [] };
  private readonly stack: HtmlElement[] = [this.root];
  /** Open elements by name: an end tag or implied end for a name not open costs nothing. */
  private readonly openCount = new Map<string, number>();

  private get current(): HtmlElement {
    return this.stack[this.stack.length - 1] ?? this.root;
  }

  text(text: string) {
    if (text) this.current.children.push(text);
  }

  private popTo(length: number) {
    while (this.stack.length > length) {
      const name = this.stack.pop()?.name ?? '';
      this.openCount.set(name, (this.openCount.get(name) ?? 1) - 1);
    }
  }

  /** Pops up to and including the nearest open `names`, not past `scope`; false when none is open. */
  private closeNearest(names: ReadonlySet<string>, scope: ReadonlySet<string>): boolean {
    if (![...names].some((name) => (this.openCount.get(name) ?? 0) > 0)) return false;
    const lowest = Math.max(1, this.stack.length - MAX_DEPTH);
    for (let i = this.stack.length - 1; i >= lowest; i -= 1) {
      const name = this.stack[i]?.name ?? '';
      if (names.has(name)) {
        this.popTo(i);
        return true;
      }
      if (scope.has(name)) return false;
    }
    return false;
  }

  open(name: string, attributes: Record<string, string>, selfClosing: boolean) {
    const implied = CLOSES[name];
    if (implied) this.closeNearest(implied.names, implied.scope);
    if (CLOSES_P.has(name)) this.closeNearest(P, P_SCOPE);
    const element: HtmlElement = { name, attributes, children: [] };
    this.current.children.push(element);
    if (VOID.has(name) || selfClosing) return;
    if (this.stack.length > MAX_DEPTH) return;
    this.stack.push(element);
    this.openCount.set(name, (this.openCount.get(name) ?? 0) + 1);
  }

  close(name: string) {
    // `</br>` and `</p>` without an open p are read as browsers read them.
    if (name === 'br') return this.open('br', {}, true);
    const closed = this.closeNearest(new Set([name]), END_SCOPE[name] ?? CELL_SCOPE);
    if (!closed && name === 'p') this.open('p', {}, true);
  }
}

export function parseHtml(html: string): HtmlElement {
  const tree = new TreeBuilder();
  let at = 0;
  while (at < html.length) {
    const lt = html.indexOf('<', at);
    if (lt < 0) {
      tree.text(decodeEntities(html.slice(at)));
      break;
    }
    if (lt > at) tree.text(decodeEntities(html.slice(at, lt)));
    at = lt;
    if (html.startsWith('<!--', at)) {
      const end = html.indexOf('-->', at + 4);
      at = end < 0 ? html.length : end + 3;
      continue;
    }
    const next = html[at + 1] ?? '';
    if (next === '!' || next === '?') {
      const end = html.indexOf('>', at);
      at = end < 0 ? html.length : end + 1;
      continue;
    }
    const closing = next === '/';
    TAG_NAME.lastIndex = at + (closing ? 2 : 1);
    const nameMatch = TAG_NAME.exec(html);
    if (!nameMatch) {
      // A `<` that opens no tag is text (`1<2`).
      tree.text('<');
      at += 1;
      continue;
    }
    const name = nameMatch[0].toLowerCase();
    const end = tagEnd(html, at + 1);
    if (end < 0) break;
    const inner = html.slice(at + (closing ? 2 : 1) + name.length, end);
    at = end + 1;
    if (closing) {
      tree.close(name);
      continue;
    }
    const selfClosing = inner.endsWith('/');
    tree.open(name, inner.trim() === '' ? {} : attributesOf(inner), selfClosing);
    if (RAW_TEXT.has(name) && !selfClosing) {
      const closer = new RegExp(`</${name}`, 'gi');
      closer.lastIndex = at;
      const close = closer.exec(html)?.index ?? -1;
      const stop = close < 0 ? html.length : close;
      const raw = html.slice(at, stop);
      tree.text(name === 'textarea' || name === 'title' ? decodeEntities(raw) : raw);
      const closeEnd = close < 0 ? -1 : html.indexOf('>', close);
      at = closeEnd < 0 ? html.length : closeEnd + 1;
      tree.close(name);
    }
  }
  return tree.root;
}
