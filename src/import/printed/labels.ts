/**
 * How a printed label is compared with the declaration's. Published reports print the official
 * labels with full- or half-width brackets and punctuation, stray and ideographic spaces, full-width
 * digits and hand-added unit notes (spec §6), so both sides are reduced to a key: width folded
 * (foldWidth), unit notes dropped, every space, punctuation mark and symbol removed. Numbers inside
 * a label (`1.属于国家秘密`, `（一）予以公开`) stay, so sibling rows keep distinct keys.
 */
import { foldWidth, normalizeNumberText, withoutSpaces } from '../../report';
import { labelAliases } from './aliases';

/**
 * `（单位：万元，保留4位小数）`, `（单位:万元）`, `（万元）`: notes offices add by hand (spec §6). The
 * bracket is matched first and its words tested after: `\([^()]*(?:单位|…)[^()]*\)` backtracked
 * quadratically over an unclosed `(单位单位…`.
 */
const BRACKETED = /\([^()]*\)/g;
const UNIT_WORD = /单位|万元|保留/;
const dropUnitNotes = (text: string) =>
  text.replace(BRACKETED, (bracket) => (UNIT_WORD.test(bracket) ? '' : bracket));
const NOT_IN_KEY = /[\s\p{P}\p{S}]/gu;
/** `/`, `-`, `—` (and their full-width forms): "nothing to report", read as a blank cell. */
const BLANK_MARK = /^[/／\\\-－−–—―─]+$/;

const plainKey = (text: string) => dropUnitNotes(foldWidth(text)).replace(NOT_IN_KEY, '');

const aliasKeys = new Map(
  Object.entries(labelAliases).map(([printed, official]) => [
    plainKey(printed),
    plainKey(official),
  ]),
);

/**
 * Keys computed, by text: the readers ask for the key of the same few hundred labels and cells
 * again for every row they look for, and NFKC is the costly part. Bounded, so a hostile file's
 * many distinct cells cannot make it grow without end.
 */
const keyCache = new Map<string, string>();
const MAX_CACHED_KEYS = 4096;

/** The key of a printed label; a reworded label gets the key of the official one. */
export function labelKey(text: string): string {
  // Blank cells and lines are most of a flattened table (and all of a flood of tabs): no NFKC.
  if (text.trim() === '') return '';
  const cached = keyCache.get(text);
  if (cached !== undefined) return cached;
  const plain = plainKey(text);
  const key = aliasKeys.get(plain) ?? plain;
  if (keyCache.size >= MAX_CACHED_KEYS) keyCache.clear();
  keyCache.set(text, key);
  return key;
}

/** A cell that is only a unit note, such as a line `（单位：万元）` added under a table. */
export function isUnitNote(text: string): boolean {
  const plain = foldWidth(text).trim();
  if (/^单位[:：]/.test(plain)) return true;
  return dropUnitNotes(plain) !== plain && labelKey(plain) === '';
}

export const isBlankMark = (text: string): boolean => BLANK_MARK.test(withoutSpaces(text));

/**
 * What a figure starts with, at any width: a digit or a sign after spaces. Tested first because
 * folding (NFKC) a whole line of prose, 4 MB in a hostile file, only to find it is no figure, costs.
 */
const FIGURE_START = /^[\s\u200B]*[+\-\u2212\u2012\u2013\uFE63\uFF0B\uFF0D0-9\uFF10-\uFF19]/;

/** Looks like a figure (digits, sign, decimal point), readable or not: never part of a label. */
export const looksNumeric = (text: string): boolean =>
  FIGURE_START.test(text) && /^[+-]?\d[\d.]*$/.test(normalizeNumberText(text));

const SPACE = /[\s\u200B]/;

/**
 * Trims every kind of space published text carries, ideographic and zero-width included. A loop,
 * not `/^\s+|\s+$/g`: that regex retries the trailing run from every space of an inner run, so
 * 100 KB of spaces before a character took 16 s.
 */
export function clean(text: string): string {
  let start = 0;
  let end = text.length;
  while (start < end && SPACE.test(text.charAt(start))) start += 1;
  while (end > start && SPACE.test(text.charAt(end - 1))) end -= 1;
  return text.slice(start, end);
}
