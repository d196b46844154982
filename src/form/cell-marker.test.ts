import { describe, expect, it } from 'vitest';
import { check, emptyReport } from '../report';
import { shortReason } from './cell-marker';

describe('shortReason', () => {
  it('drops the cell’s own place, which the reason sits beside, and keeps why', () => {
    expect(
      shortReason({
        addresses: ['三/（一）/科研机构'],
        message: '表三“（一）予以公开”行，“科研机构”列填写的“abc”有误：不是数字。',
      }),
    ).toBe('填写的“abc”有误：不是数字。');
  });

  it('keeps the place when the message is about several cells', () => {
    const message = '标题中没有机关全称“某镇人民政府”。';
    expect(shortReason({ addresses: ['标题', '机关全称'], message })).toBe(message);
  });

  it('shows the headline of a long message, before its colon or first comma', () => {
    const balance =
      '表三“自然人”列不平衡：“一、本年新收政府信息公开申请数量”3 件加“二、上年结转政府信息公开申请数量”0 件，共 3 件；' +
      '“（七）总计”0 件加“四、结转下年度继续办理”0 件，共 0 件，比前两项少 3 件。';
    expect(shortReason({ addresses: ['三/1/自然人', '三/2/自然人'], message: balance })).toBe(
      '表三“自然人”列不平衡…',
    );
  });

  it('never shows more than 40 characters and an ellipsis for any message of an empty report', () => {
    const issues = check(emptyReport(2024));
    expect(issues.length).toBeGreaterThan(0);
    for (const issue of issues) expect(shortReason(issue).length).toBeLessThanOrEqual(41);
  });
});
