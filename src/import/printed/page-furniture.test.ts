import { describe, expect, it } from 'vitest';
import { endsArticle, isChromeLine, isMetadataLabel, isPageNumber } from './page-furniture';

describe('isPageNumber', () => {
  it.each(['-5-', '- 5 -', '— 5 —', '－12－', '第5页', '第 5 页 共 12 页', '3/12'])(
    'is true for %s',
    (line) => expect(isPageNumber(line)).toBe(true),
  );

  it.each(['5', '0', '-', '—', '2023年', '（五）', '5.要求行政机关确认'])(
    'is false for %s (a figure, a blank mark or text)',
    (line) => expect(isPageNumber(line)).toBe(false),
  );
});

describe('isChromeLine', () => {
  it.each([
    '索引号：11411424MB1C23456X/2022-00015',
    '发布机构：柘城县伯岗镇人民政府',
    '名\u3000\u3000称：柘城县伯岗镇人民政府2021年政府信息公开工作年度报告',
    '发布时间：2022-01-18 09:30  来源：伯岗镇  浏览次数：1024',
    '当前位置：首页 > 政务公开 > 政府信息公开年报',
    '您的位置：首页 >> 信息公开 >> 年度报告',
    '【打印本页】【关闭窗口】',
    '【字体：大 中 小】',
  ])('is true for %s', (line) => expect(isChromeLine(line)).toBe(true));

  it.each([
    '2021年，伯岗镇在县委、县政府的坚强领导下，深入推进政务公开。',
    '本报告中所列数据的统计期限自2021年1月1日起至2021年12月31日止。',
    '（一）主动公开情况',
  ])('is false for the report’s own %s', (line) => expect(isChromeLine(line)).toBe(false));
});

describe('isMetadataLabel', () => {
  it('is true for a metadata label alone on its line', () => {
    expect(['名称', '索引号', '发布机构', '发布日期'].map(isMetadataLabel)).toEqual([
      true,
      true,
      true,
      true,
    ]);
    expect(isMetadataLabel('名称不详的机构')).toBe(false);
  });
});

describe('endsArticle', () => {
  it.each([
    '相关文章',
    '上一篇：2020年报告',
    '版权所有：柘城县人民政府',
    '豫ICP备05012345号',
    'Copyright© 2021 版权所有 主办单位：郑郭镇人民政府',
    '【打印】【关闭】',
  ])('is true for %s', (line) => expect(endsArticle(line)).toBe(true));

  it('is false for the report’s last line', () => {
    expect(endsArticle('无')).toBe(false);
  });
});
