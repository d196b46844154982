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
