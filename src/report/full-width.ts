/**
 * Full-width forms (`２０２１`, `（一）`, `：`, the ideographic space) and the look-alikes a PDF's
 * text layer carries (Kangxi radicals such as `⼀` for 一) folded to the plain characters, the one
 * way every reader, the form and check() compare text: Unicode's compatibility normalisation
 * (NFKC). Char arithmetic (`- 0xfee0`) folded only U+FF01–U+FF5E and so disagreed with the readers.
 */

export const foldWidth = (text: string): string => text.normalize('NFKC');

/**
 * Only the full-width digits (`０`–`９`, as a Chinese IME types them) folded; full-width punctuation
 * stays, so text read by its `，`, `；` and `（一）` keeps them.
 */
export const halfWidthDigits = (text: string): string =>
  text.replace(/[\uFF10-\uFF19]/g, foldWidth);
