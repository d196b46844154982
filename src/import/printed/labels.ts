/**
 * How a printed label is compared with the declaration's. Published reports print the official
 * labels with full- or half-width brackets and punctuation, stray and ideographic spaces, full-width
 * digits and hand-added unit notes (spec §6), so both sides are reduced to a key: NFKC (full-width →
 * half-width), unit notes dropped, every space, punctuation mark and symbol removed. Numbers inside
 * a label (`1.属于国家秘密`, `（一）予以公开`) stay, so sibling rows keep distinct keys.
 */
import { normalizeNumberText } from '../../report';
import { labelAliases } from './aliases';

/** `（单位：万元，保留4位小数）`, `（单位:万元）`, `（万元）`: notes offices add by hand (spec §6). */
const UNIT_NOTE = /\([^()]*(?:单位|万元|保留)[^()]*\)/g;
const NOT_IN_KEY = /[\s\p{P}\p{S}]/gu;
/** `/`, `-`, `—` (and their full-width forms): "nothing to report", read as a blank cell. */
const BLANK_MARK = /^[/／\\\-－−–—―─]+$/;

const plainKey = (text: string) =>
  text.normalize('NFKC').replace(UNIT_NOTE, '').replace(NOT_IN_KEY, '');

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
  const plain = text.normalize('NFKC').trim();
  if (/^单位[:：]/.test(plain)) return true;
  return plain.replace(UNIT_NOTE, '') !== plain && labelKey(plain) === '';
}

export const isBlankMark = (text: string): boolean => BLANK_MARK.test(text.replace(/\s+/g, ''));

/** Looks like a figure (digits, sign, decimal point), readable or not: never part of a label. */
export const looksNumeric = (text: string): boolean =>
  /^[+-]?\d[\d.]*$/.test(normalizeNumberText(text));

/** Trims every kind of space published text carries, ideographic and zero-width included. */
export const clean = (text: string): string =>
  text.replace(/^[\s\u200B\uFEFF]+|[\s\u200B\uFEFF]+$/g, '');
