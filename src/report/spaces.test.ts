import { describe, expect, it } from 'vitest';
import { squashSpaces, withoutSpaces } from './spaces';

describe('squashSpaces', () => {
  it('joins lines and ideographic spaces into single spaces', () => {
    expect(squashSpaces(' 某镇\n2024年\u3000报告 ')).toBe('某镇 2024年 报告');
  });
});

describe('withoutSpaces', () => {
  it('drops line breaks, ideographic and no-break spaces', () => {
    expect(withoutSpaces(' 某镇\r\n2024 年\u3000\u00a0报告 ')).toBe('某镇2024年报告');
  });
});
