import { describe, expect, it } from 'vitest';
import {
  cellTextToKeep,
  MAX_DECIMALS,
  MAX_DIGITS,
  normalizeNumberText,
  parseCell,
} from './cell-value';

describe('normalizeNumberText', () => {
  it.each([
    ['１２', '12'],
    ['\u3000３\u3000', '3'],
    ['\u3000\u30000', '0'],
    ['＋３', '+3'],
    ['－１', '-1'],
    ['\u22121', '-1'],
    ['６２０．７０５５３６', '620.705536'],
    ['1,234', '1234'],
    ['1,234.5', '1234.5'],
  ])('turns %j into %j when it is written with IME or pasted characters', (raw, text) => {
    expect(normalizeNumberText(raw)).toBe(text);
  });

  it('keeps commas when they are not well-formed thousands separators', () => {
    expect(normalizeNumberText('1,23')).toBe('1,23');
  });
});

describe('parseCell', () => {
  it.each([
    ['count', '', 'blank'],
    ['count', '\u3000 ', 'blank'],
    ['signed', '', 'blank'],
    ['amount', '', 'blank'],
  ] as const)('reads a %s cell %j as blank, not zero', (kind, raw, state) => {
    expect(parseCell(kind, raw).state).toBe(state);
  });

  it.each([
    ['１２', 12, '12'],
    ['\u3000３\u3000', 3, '3'],
    ['0', 0, '0'],
    ['007', 7, '7'],
    ['1,234', 1234, '1234'],
  ])('reads the count %j as %i, kept as %j', (raw, value, text) => {
    expect(parseCell('count', raw)).toEqual({ state: 'ok', value, text });
  });

  it.each([
    ['+3', 3, '+3'],
    ['＋３', 3, '+3'],
    ['3', 3, '+3'],
    ['-1', -1, '-1'],
    ['－１', -1, '-1'],
    ['0', 0, '0'],
    ['+0', 0, '0'],
  ])('reads 本年增/减 %j as %i, written with its sign as %j', (raw, value, text) => {
    expect(parseCell('signed', raw)).toEqual({ state: 'ok', value, text });
  });

  it.each([
    ['620.705536', 620.705536],
    ['1.50', 1.5],
    ['0', 0],
    ['12', 12],
    ['６２０．７０５５３６', 620.705536],
  ])('keeps the amount %j exactly as written when it has at most 6 decimals', (raw, value) => {
    const parsed = parseCell('amount', raw);
    expect(parsed).toEqual({ state: 'ok', value, text: normalizeNumberText(raw) });
  });

  it.each([
    ['count', '1.5', 'fraction'],
    ['count', '-1', 'negative'],
    ['count', '－１', 'negative'],
    ['count', 'abc', 'notNumber'],
    ['count', '3件', 'notNumber'],
    ['count', '/', 'notNumber'],
    ['count', '1234567890', 'tooLong'],
    ['signed', '1.5', 'fraction'],
    ['signed', '+-1', 'notNumber'],
    ['amount', '-1.5', 'negative'],
    ['amount', '1.2345678', 'tooManyDecimals'],
    ['amount', '1234567890.5', 'tooLong'],
    ['amount', '1.2.3', 'notNumber'],
    ['amount', '+5', 'notNumber'],
  ] as const)('refuses the %s cell %j as %s', (kind, raw, problem) => {
    const parsed = parseCell(kind, raw);
    expect(parsed.state === 'invalid' ? parsed.problem : parsed.state).toBe(problem);
  });

  it('accepts the longest count and amount the limits allow', () => {
    expect(parseCell('count', '9'.repeat(MAX_DIGITS)).state).toBe('ok');
    expect(parseCell('amount', `1.${'5'.repeat(MAX_DECIMALS)}`).state).toBe('ok');
  });

  it('explains the problem in Chinese when a cell is refused', () => {
    const parsed = parseCell('count', 'abc');
    expect(parsed.state === 'invalid' && parsed.message).toBe('“abc”不是数字');
  });
});

describe('cellTextToKeep', () => {
  it.each([
    ['count', '\u3000\u30000', '0'],
    ['signed', '1', '+1'],
    ['amount', '620.705536', '620.705536'],
    ['amount', '1.50', '1.50'],
    ['count', '   ', ''],
    ['count', ' abc ', 'abc'],
  ] as const)('keeps the %s cell %j as %j', (kind, raw, kept) => {
    expect(cellTextToKeep(kind, raw)).toBe(kept);
  });
});
