/**
 * A small XML reader for the parts of a Word package: elements, attributes and text, entities and
 * CDATA decoded; comments, processing instructions and the doctype skipped. Names are kept as
 * written (`w:tbl`): WordprocessingML always uses the `w:` prefix in practice, and the one place a
 * namespace matters (our custom XML part) checks the `xmlns` attributes itself.
 *
 * Pure and tolerant, not validating: the pure layers have no DOMParser, and a Word file that Word
 * opens is well-formed. An end tag that does not match closes up to the element it names; a bare
 * `<` is skipped; a comment, CDATA section, processing instruction or tag left open ends the part.
 *
 * Bounded, because a hostile file is only a few KB (../read-limits.ts): one left-to-right pass with
 * `indexOf` and no backtracking regular expression, so time is linear in the text (a flood of
 * unterminated `<?` once took 88 s); elements nested past MAX_XML_DEPTH or more than
 * MAX_XML_ELEMENTS stop the read with a ReadLimitError; the walks below use explicit stacks, never
 * recursion, so depth cannot overflow the call stack.
 */
import { MAX_XML_DEPTH, MAX_XML_ELEMENTS, ReadLimitError } from '../read-limits';

export interface XmlElement {
  readonly name: string;
  readonly attributes: Readonly<Record<string, string>>;
  readonly children: readonly XmlNode[];
}

export type XmlNode = XmlElement | string;

interface Building {
  readonly name: string;
  readonly attributes: Record<string, string>;
  readonly children: XmlNode[];
}

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const MAX_CODE_POINT = 0x10ffff;

function reference(whole: string, ref: string): string {
  if (!ref.startsWith('#')) return NAMED[ref] ?? whole;
  const code = ref.startsWith('#x') ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
  return code <= MAX_CODE_POINT ? String.fromCodePoint(code) : whole;
}

/** Replaces the five named entities and numeric character references (out-of-range ones kept). */
export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(#x[0-9a-fA-F]{1,8}|#\d{1,9}|[a-zA-Z]{1,10});/g, reference);
}

const isSpace = (code: number) => code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0d;
/** Ends a name: space, `/`, `>`, `=`. */
const endsName = (code: number) => isSpace(code) || code === 0x2f || code === 0x3e || code === 0x3d;

const tooDeep = () =>
  new ReadLimitError(
    `Word 文档中的内容嵌套超过 ${MAX_XML_DEPTH} 层（正常的文档只有几层），可能是损坏或恶意构造的文件，已停止读取。`,
  );
const tooMany = () =>
  new ReadLimitError(
    `Word 文档中的元素超过 ${MAX_XML_ELEMENTS.toLocaleString('en-US')} 个（年度报告只有几千个），可能是损坏或恶意构造的文件，已停止读取。`,
  );

interface StartTag {
  readonly name: string;
  readonly attributes: Record<string, string>;
  readonly selfClosing: boolean;
  /** Index just past the tag's `>`. */
  readonly end: number;
}

/**
 * The start tag at `at` (just past its `<`), or null when the tag is never closed. A malformed
 * attribute (no `=`, no quote) is skipped, as a lenient reader would.
 */
function startTag(source: string, at: number): StartTag | null {
  let i = at;
  while (i < source.length && !endsName(source.charCodeAt(i))) i += 1;
  const name = source.slice(at, i);
  const attributes: Record<string, string> = {};
  for (;;) {
    while (i < source.length && isSpace(source.charCodeAt(i))) i += 1;
    if (i >= source.length) return null;
    const code = source.charCodeAt(i);
    if (code === 0x3e) return { name, attributes, selfClosing: false, end: i + 1 };
    if (code === 0x2f && source.charCodeAt(i + 1) === 0x3e) {
      return { name, attributes, selfClosing: true, end: i + 2 };
    }
    const nameStart = i;
    while (i < source.length && !endsName(source.charCodeAt(i))) i += 1;
    const attribute = source.slice(nameStart, i);
    while (i < source.length && isSpace(source.charCodeAt(i))) i += 1;
    if (source.charCodeAt(i) !== 0x3d) {
      if (i === nameStart) i += 1; // a stray `/` or `=`: step over it
      continue;
    }
    i += 1;
    while (i < source.length && isSpace(source.charCodeAt(i))) i += 1;
    const quote = source[i];
    if (quote !== '"' && quote !== "'") continue;
    const close = source.indexOf(quote, i + 1);
    if (close < 0) return null;
    if (attribute) attributes[attribute] = decodeEntities(source.slice(i + 1, close));
    i = close + 1;
  }
}

/** The document element of `source`; throws when there is none, ReadLimitError past a limit. */
export function parseXml(source: string): XmlElement {
  const root: Building = { name: '#document', attributes: {}, children: [] };
  const stack: Building[] = [root];
  let count = 0;
  let at = 0;
  const skipTo = (from: number, terminator: string) => {
    const end = source.indexOf(terminator, from);
    return end < 0 ? -1 : end + terminator.length;
  };
  while (at < source.length) {
    const parent = stack[stack.length - 1] ?? root;
    const open = source.indexOf('<', at);
    const textEnd = open < 0 ? source.length : open;
    if (textEnd > at && stack.length > 1) {
      parent.children.push(decodeEntities(source.slice(at, textEnd)));
    }
    if (open < 0) break;
    let next: number;
    if (source.startsWith('<!--', open)) next = skipTo(open + 4, '-->');
    else if (source.startsWith('<![CDATA[', open)) {
      next = skipTo(open + 9, ']]>');
      if (next >= 0) parent.children.push(source.slice(open + 9, next - 3));
    } else if (source.startsWith('<?', open)) next = skipTo(open + 2, '?>');
    else if (source.startsWith('<!', open)) next = skipTo(open + 2, '>');
    else if (source.startsWith('</', open)) {
      next = skipTo(open + 2, '>');
      const name = next < 0 ? '' : source.slice(open + 2, next - 1).trim();
      for (let i = stack.length - 1; i > 0; i -= 1) {
        if (stack[i]?.name === name) {
          stack.length = i;
          break;
        }
      }
    } else {
      const tag = endsName(source.charCodeAt(open + 1)) ? undefined : startTag(source, open + 1);
      if (tag === undefined) next = open + 1;
      else if (tag === null) next = -1;
      else {
        count += 1;
        if (count > MAX_XML_ELEMENTS) throw tooMany();
        const element: Building = { name: tag.name, attributes: tag.attributes, children: [] };
        parent.children.push(element);
        if (!tag.selfClosing) {
          if (stack.length > MAX_XML_DEPTH) throw tooDeep();
          stack.push(element);
        }
        next = tag.end;
      }
    }
    if (next < 0) break;
    at = next;
  }
  const element = root.children.find((c): c is XmlElement => typeof c !== 'string');
  if (!element) throw new Error('XML 中没有元素');
  return element;
}

export const elements = (node: XmlElement, name?: string): XmlElement[] =>
  node.children.filter(
    (c): c is XmlElement => typeof c !== 'string' && (name === undefined || c.name === name),
  );

export const firstElement = (node: XmlElement, name: string): XmlElement | undefined =>
  node.children.find((c): c is XmlElement => typeof c !== 'string' && c.name === name);

/**
 * Pushes `items` last to first, so the stack pops them in document order. A loop, not
 * `push(...items)`: spreading 400,000 siblings as arguments would itself overflow the stack.
 */
export function pushInReverse<T>(stack: T[], items: readonly T[]): T[] {
  for (let i = items.length - 1; i >= 0; i -= 1) {
    const item = items[i];
    if (item !== undefined) stack.push(item);
  }
  return stack;
}

/** All text below `node`, in document order. */
export function textContent(node: XmlElement): string {
  const out: string[] = [];
  const pending = pushInReverse<XmlNode>([], node.children);
  for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
    if (typeof next === 'string') out.push(next);
    else pushInReverse(pending, next.children);
  }
  return out.join('');
}
