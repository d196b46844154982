import { describe, expect, it } from 'vitest';
import { findHeadings, sectionOfLine } from './headings';

describe('sectionOfLine', () => {
  it.each([
    ['一、总体情况', '一'],
    ['1、 总体情况', '一'],
    ['总体情况', '一'],
    ['（一）总体情况', '一'],
    ['2.主动公开政府信息情况', '二'],
    ['四、政府信息公开行政复议,行政诉讼情况', '四'],
    ['五、政府信息公开工作存在的主要问题及改进情况', '五'],
    ['六、其他需要报告的事项：', '六'],
  ])('reads %s as the heading of %s', (line, id) => {
    expect(sectionOfLine(line)).toBe(id);
  });

  it.each([
    ['四、结转下年度继续办理'],
    ['三、本年度办理结果'],
    ['（一）主动公开情况'],
    ['3、总体情况'],
  ])('reads %s as no heading', (line) => {
    expect(sectionOfLine(line)).toBeUndefined();
  });
});

describe('findHeadings', () => {
  it('takes headings in order, skipping a missing one and later repeats', () => {
    const lines = [
      '标题',
      '一、总体情况',
      '正文',
      '三、收到和处理政府信息公开申请情况',
      '总体情况',
    ];
    expect(findHeadings(lines)).toEqual([
      { id: '一', line: 1 },
      { id: '三', line: 3 },
    ]);
  });
});

describe('sectionOfLine by meaning', () => {
  it.each([
    ['五、存在的主要问题及整改措施', '五'],
    ['五 存在的问题和下一步工作打算', '五'],
    ['（五）存在的主要问题及改进情况', '五'],
    ['5、存在的不足及改进措施', '五'],
    ['一、概述', '一'],
    ['二、主动公开政府信息', '二'],
    ['三、依申请公开情况', '三'],
    ['四、行政复议和行政诉讼情况', '四'],
    ['六、其他需要报告事项', '六'],
  ])('reads %s as the heading of %s', (line, id) => {
    expect(sectionOfLine(line)).toBe(id);
  });

  it.each([
    '（二）依申请公开办理情况',
    '（六）其他处理',
    '3.补正后申请内容仍不明确',
    '5.要求行政机关确认或重新出具已获取信息',
    '四、结转下年度继续办理',
    '五、存在的主要问题，一是人员不足，二是培训不够，三是平台建设有待加强。',
  ])('does not read %s (a sub-heading, a table row or prose) as a heading', (line) => {
    expect(sectionOfLine(line)).toBeUndefined();
  });
});
