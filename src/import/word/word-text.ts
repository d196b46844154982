/**
 * The text a WordprocessingML paragraph shows, as a reader of the printed page sees it: `w:t`
 * only, so deleted text (`w:delText`, `w:moveFrom`), field instructions (`w:instrText`) and the
 * markers of Word comments (批注: `w:commentRangeStart`/`End`, `w:commentReference`) add nothing;
 * an alternative's fallback (`mc:Fallback`, a copy of its choice) is skipped so nothing is read twice.
 */
import { elements } from './xml';
import type { XmlElement } from './xml';

/** Elements that only wrap content: look through them to the rows, cells and runs inside. */
const WRAPPERS = new Set(['w:sdt', 'w:sdtContent', 'w:customXml', 'w:smartTag', 'w:ins']);

/** Children whose text is not shown, or is shown elsewhere. */
const NOT_SHOWN = new Set(['w:tbl', 'w:del', 'w:moveFrom', 'w:pPr', 'w:rPr', 'mc:Fallback']);

/** The children named `name`, looking through wrappers. */
export function children(node: XmlElement, name: string): XmlElement[] {
  return elements(node).flatMap((child) => {
    if (child.name === name) return [child];
    return WRAPPERS.has(child.name) ? children(child, name) : [];
  });
}

/** The text of a paragraph or run: tabs as '\t', line breaks as '\n'. */
export function paragraphText(node: XmlElement): string {
  return elements(node)
    .map((child) => {
      if (child.name === 'w:t') return child.children.filter((c) => typeof c === 'string').join('');
      if (child.name === 'w:tab') return '\t';
      if (child.name === 'w:br' || child.name === 'w:cr') return '\n';
      if (NOT_SHOWN.has(child.name)) return '';
      return paragraphText(child);
    })
    .join('');
}
