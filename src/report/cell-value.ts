/**
 * What a typed or published figure means. Input arrives from a Chinese IME (full-width digits and
 * signs, ideographic spaces), from Excel/WPS pastes and from published text (`\u3000\u30000`); it is
 * normalised here once, so the form, the importer and check() agree on every cell.
 *
 * Blank is not zero (spec §3): a blank cell is "not filled yet", reported by CELL-BLANK.
 */
import { foldWidth } from './full-width';
import type { CellKind } from './spec';

/** More digits than this in a count is almost certainly a typing or paste error. */
export const MAX_DIGITS = 9;
/** Offices write amounts in 万元 with up to 6 decimals (4 decimals of 万元 is one 元). */
export const MAX_DECIMALS = 6;

export type CellProblem = 'notNumber' | 'negative' | 'fraction' | 'tooLong' | 'tooManyDecimals';

export type ParsedCell =
  | { readonly state: 'blank' }
  | { readonly state: 'ok'; readonly value: number; readonly text: string }
  | { readonly state: 'invalid'; readonly problem: CellProblem; readonly message: string };

const SPACES = /[\s\u00A0\u3000\u200B\uFEFF]+/g;
const MINUS = /[\u2212\u2012\u2013\uFE63]/g;

/**
 * Full-width forms (０-９, ＋, －, ．) folded (foldWidth), minus variants to `-`, all spaces removed, and
 * thousands separators dropped when they are well-formed (`1,234`).
 */
export function normalizeNumberText(raw: string): string {
  const text = foldWidth(raw).replace(MINUS, '-').replace(SPACES, '');
  return /^[+-]?\d{1,3}(,\d{3})+(\.\d+)?$/.test(text) ? text.replaceAll(',', '') : text;
}

/** Up to MAX_DIGITS digits, nothing else: valid as it stands for every cell kind. */
const PLAIN_DIGITS = /^\d{1,9}$/;

const BLANK: ParsedCell = { state: 'blank' };
const invalid = (problem: CellProblem, message: string): ParsedCell => ({
  state: 'invalid',
  problem,
  message,
});

function parseInteger(text: string, signed: boolean): ParsedCell {
  const match = /^([+-]?)(\d+)$/.exec(text);
  if (!match) {
    if (/^[+-]?\d*\.\d+$/.test(text)) return invalid('fraction', '应为整数，不能有小数');
    return invalid('notNumber', `“${text}”不是数字`);
  }
  const [, sign = '', digits = ''] = match;
  const value = Number(digits) * (sign === '-' ? -1 : 1);
  if (digits.replace(/^0+(?=\d)/, '').length > MAX_DIGITS) {
    return invalid('tooLong', `数字超过${MAX_DIGITS}位，请核对`);
  }
  if (!signed && value < 0) return invalid('negative', '件数不能为负数');
  if (!signed) return { state: 'ok', value, text: String(value) };
  // 本年增/减 is written with its sign when non-zero: `+3`, `-1`, `0` (spec §7).
  return { state: 'ok', value, text: value > 0 ? `+${value}` : String(value) };
}

function parseAmount(text: string): ParsedCell {
  if (/^-\d/.test(text)) return invalid('negative', '金额不能为负数');
  const match = /^(\d+)(?:\.(\d+))?$/.exec(text);
  if (!match) return invalid('notNumber', `“${text}”不是数字`);
  const [, whole = '', decimals = ''] = match;
  if (whole.replace(/^0+(?=\d)/, '').length > MAX_DIGITS) {
    return invalid('tooLong', `数字超过${MAX_DIGITS}位，请核对`);
  }
  if (decimals.length > MAX_DECIMALS) {
    return invalid('tooManyDecimals', `金额最多保留${MAX_DECIMALS}位小数`);
  }
  // Kept exactly as written (`620.705536`, `1.50`): amounts are never rounded or reformatted.
  return { state: 'ok', value: Number(text), text };
}

/** Parses a cell of the given kind. The value is for comparisons and sums; `text` is what to keep. */
export function parseCell(kind: CellKind, raw: string): ParsedCell {
  // Fast path: plain digits are nearly every cell, and derive/check read every cell per keystroke.
  if (PLAIN_DIGITS.test(raw)) {
    const value = Number(raw);
    const text =
      kind === 'signed' && value > 0 ? `+${value}` : kind === 'amount' ? raw : String(value);
    return { state: 'ok', value, text };
  }
  const text = normalizeNumberText(raw);
  if (text === '') return BLANK;
  if (kind === 'amount') return parseAmount(text);
  return parseInteger(text, kind === 'signed');
}

/** The text to store for what the user typed: the canonical figure when valid, else as typed. */
export function cellTextToKeep(kind: CellKind, raw: string): string {
  const parsed = parseCell(kind, raw);
  if (parsed.state === 'ok') return parsed.text;
  return parsed.state === 'blank' ? '' : raw.trim();
}
