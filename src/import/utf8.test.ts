import { describe, expect, it } from 'vitest';
import { decodeUtf8 } from './utf8';

describe('decodeUtf8', () => {
  it('decodes UTF-8 and drops a leading BOM', () => {
    expect(decodeUtf8(Uint8Array.from([0xef, 0xbb, 0xbf, 0xe6, 0x94, 0xbf, 0x41]))).toBe('政A');
  });

  it.each([
    ['GBK bytes', [0xd5, 0xfe, 0xb8, 0xae]],
    ['an overlong slash', [0xc0, 0xaf]],
    ['an encoded surrogate', [0xed, 0xa0, 0x80]],
    ['a truncated sequence', [0x41, 0xe6, 0x94]],
  ])('returns null for %s', (_, bytes) => {
    expect(decodeUtf8(Uint8Array.from(bytes))).toBeNull();
  });
});
