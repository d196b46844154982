import { describe, expect, it } from 'vitest';
import { formatIndex } from '../../report';
import { table } from '../word-docx/test-support';
import type { BuiltRow } from '../word-docx/test-support';
import { visibleFigures } from './visible-figures';
import { wordTables } from './word-tables';
import { parseXml } from './xml';

const index = formatIndex('2021');
const row = (...texts: string[]): BuiltRow =>
  texts.map((text) => ({ text, colSpan: 1, rowSpan: 1 }));
const read = (...tables: BuiltRow[][]) =>
  Object.fromEntries(
    visibleFigures(index, wordTables(parseXml(`<w:body>${tables.map(table).join('')}</w:body>`))),
  );
const columns = ['自然人', '商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他', '总计'];

describe('visibleFigures', () => {
  it('reads a continuation of table 三 without a header by the columns before it, right-aligned', () => {
    const first = [
      row('', '', '', ...columns),
      row('一、本年新收政府信息公开申请数量', '', '', '1', '2', '3', '4', '5', '6', '21'),
    ];
    // Copied from a PDF: the label columns collapsed into one.
    const second = [row('二、上年结转政府信息公开申请数量', '7', '0', '0', '0', '0', '0', '7')];
    const figures = read(first, second);
    expect(figures['三/1/总计']).toBe('21');
    expect(figures['三/2/自然人']).toBe('7');
    expect(figures['三/2/总计']).toBe('7');
  });

  it('reads the figures of table 四 opening the table after its header', () => {
    const groups = ['行政复议', '未经复议直接起诉', '复议后起诉'];
    const results = ['结果维持', '结果纠正', '其他结果', '尚未审结', '总计'];
    const header = [
      row(...groups.flatMap((g) => results.map(() => g))),
      row(...groups.flatMap(() => results)),
    ];
    const figures = read(header, [row(...Array.from({ length: 15 }, (_, i) => String(i)))]);
    expect(figures['四/行政复议/结果维持']).toBe('0');
    expect(figures['四/复议后起诉/总计']).toBe('14');
  });

  it('leaves out a cell a short row lacks, keeps one printed empty, and lets the first table win', () => {
    const header = row('', ...columns);
    const first = [header, row('一、本年新收政府信息公开申请数量', '1', '', '0')];
    const again = [header, row('一、本年新收政府信息公开申请数量', '9', '9', '9')];
    const figures = read(first, again);
    expect([figures['三/1/自然人'], figures['三/1/商业企业'], figures['三/1/科研机构']]).toEqual([
      '1',
      '',
      '0',
    ]);
    expect('三/1/社会公益组织' in figures).toBe(false);
  });
});
