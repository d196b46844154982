import { describe, expect, it } from 'vitest';
import { foldWidth, halfWidthDigits } from './full-width';

describe('foldWidth', () => {
  it.each([
    ['２０２１年', '2021年'],
    ['（一）主动公开', '(一)主动公开'],
    ['单位：万元', '单位:万元'],
    ['６２０．７０５５３６', '620.705536'],
    ['\u3000', ' '],
    ['\u2F00', '一'],
  ])('folds %j to %j', (text, folded) => {
    expect(foldWidth(text)).toBe(folded);
  });
});

describe('halfWidthDigits', () => {
  it('folds full-width digits and leaves full-width punctuation', () => {
    expect(halfWidthDigits('收到申请３件，（二）')).toBe('收到申请3件，（二）');
  });
});
