/**
 * A small XML reader for the parts of a Word package: elements, attributes and text, entities and
 * CDATA decoded; comments, processing instructions and the doctype skipped. Names are kept as
 * written (`w:tbl`): WordprocessingML always uses the `w:` prefix in practice, and the one place a
 * namespace matters (our custom XML part) checks the `xmlns` attributes itself.
 *
 * Pure and tolerant, not validating: the pure layers have no DOMParser, and a Word file that Word
 * opens is well-formed. An end tag that does not match closes up to the element it names.
 */
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

/** Replaces the five named entities and numeric character references. */
export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(#x[0-9a-fA-F]+|#\d+|[a-zA-Z]+);/g, (whole, ref: string) => {
    if (ref.startsWith('#x')) return String.fromCodePoint(parseInt(ref.slice(2), 16));
    if (ref.startsWith('#')) return String.fromCodePoint(parseInt(ref.slice(1), 10));
    return NAMED[ref] ?? whole;
  });
}

const TOKEN =
  /<!--[\s\S]*?-->|<!\[CDATA\[([\s\S]*?)\]\]>|<\?[\s\S]*?\?>|<![A-Za-z][^>]*>|<\/([^\s>]+)\s*>|<([^\s/>!?]+)((?:\s+[^\s=/>]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>|([^<]+)/g;
const ATTRIBUTE = /([^\s=]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

function attributesOf(source: string): Record<string, string> {
  const attributes: Record<string, string> = {};
  for (const [, name = '', double, single] of source.matchAll(ATTRIBUTE)) {
    attributes[name] = decodeEntities(double ?? single ?? '');
  }
  return attributes;
}

/** The document element of `source`; throws when there is none. */
export function parseXml(source: string): XmlElement {
  const root: Building = { name: '#document', attributes: {}, children: [] };
  const stack: Building[] = [root];
  for (const match of source.matchAll(TOKEN)) {
    const [, cdata, endName, startName, attributes = '', selfClosing, text] = match;
    const parent = stack[stack.length - 1] ?? root;
    if (text !== undefined) {
      if (stack.length > 1) parent.children.push(decodeEntities(text));
    } else if (cdata !== undefined) {
      parent.children.push(cdata);
    } else if (startName !== undefined) {
      const element: Building = {
        name: startName,
        attributes: attributesOf(attributes),
        children: [],
      };
      parent.children.push(element);
      if (!selfClosing) stack.push(element);
    } else if (endName !== undefined) {
      const at = stack.map((e) => e.name).lastIndexOf(endName);
      if (at > 0) stack.length = at;
    }
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

/** All text below `node`, in document order. */
export const textContent = (node: XmlElement): string =>
  node.children.map((c) => (typeof c === 'string' ? c : textContent(c))).join('');
