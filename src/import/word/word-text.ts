/**
 * The text a WordprocessingML paragraph shows, as a reader of the printed page sees it: `w:t`
 * only, so deleted text (`w:delText`, `w:moveFrom`), field instructions (`w:instrText`) and the
 * markers of Word comments (批注: `w:commentRangeStart`/`End`, `w:commentReference`) add nothing;
 * an alternative's fallback (`mc:Fallback`, a copy of its choice) is skipped so nothing is read twice.
 */
import { elements, pushInReverse } from './xml';
import type { XmlElement } from './xml';

/** Elements that only wrap content: look through them to the rows, cells and runs inside. */
const WRAPPERS = new Set(['w:sdt', 'w:sdtContent', 'w:customXml', 'w:smartTag', 'w:ins']);

/** Children whose text is not shown, or is shown elsewhere. */
const NOT_SHOWN = new Set(['w:tbl', 'w:del', 'w:moveFrom', 'w:pPr', 'w:rPr', 'mc:Fallback']);

// Both walks keep their own stack rather than recursing: a hostile file nests wrappers as deep as
// the XML reader allows, and the call stack must not be what limits it.

/** The children named `name`, looking through wrappers, in document order. */
export function children(node: XmlElement, name: string): XmlElement[] {
  const found: XmlElement[] = [];
  const pending = pushInReverse([], elements(node));
  for (let child = pending.pop(); child !== undefined; child = pending.pop()) {
    if (child.name === name) found.push(child);
    else if (WRAPPERS.has(child.name)) pushInReverse(pending, elements(child));
  }
  return found;
}

/** The text of a paragraph or run: tabs as '\t', line breaks as '\n'. */
export function paragraphText(node: XmlElement): string {
  const out: string[] = [];
  const pending = pushInReverse([], elements(node));
  for (let child = pending.pop(); child !== undefined; child = pending.pop()) {
    if (child.name === 'w:t')
      out.push(child.children.filter((c) => typeof c === 'string').join(''));
    else if (child.name === 'w:tab') out.push('\t');
    else if (child.name === 'w:br' || child.name === 'w:cr') out.push('\n');
    else if (!NOT_SHOWN.has(child.name)) pushInReverse(pending, elements(child));
  }
  return out.join('');
}
