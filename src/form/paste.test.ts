import { describe, expect, it } from 'vitest';
import { pasteNote, planPaste, splitClipboard } from './paste';

// Three rows of 三 and four columns, the last computed (null) as 三's 总计 is.
const row = (n: number) => ['自然人', '商业企业', '科研机构'].map((c) => `三/${n}/${c}`);
const [a1, a2, a3] = row(1);
const [b1, b2, b3] = row(2);
const [c1, , c3] = row(3);
const rows = [
  [...row(1), null],
  [...row(2), null],
  [...row(3), null],
];

describe('splitClipboard', () => {
  it('drops the trailing newline Excel adds and splits CRLF rows on tabs', () => {
    expect(splitClipboard('1\t2\r\n3\t4\r\n')).toEqual([
      ['1', '2'],
      ['3', '4'],
    ]);
  });
});

describe('planPaste', () => {
  it('fills a block from the active cell, row by row', () => {
    const plan = planPaste('1\t2\n3\t4\n', { rows, startRow: 1, startColumn: 1 });
    expect(plan.changes).toEqual([
      [b2, '1'],
      [b3, '2'],
      [row(3)[1], '3'],
      [c3, '4'],
    ]);
    expect(plan).toMatchObject({ dropped: 0, onTotals: 0, skipped: [], labelColumn: false });
  });

  it('drops a leading column of the table’s row labels and says so', () => {
    const text = '一、本年新收政府信息公开申请数量\t5\t6\n二、上年结转政府信息公开申请数量\t7\t8';
    const plan = planPaste(text, { rows, startRow: 0, startColumn: 0 });
    expect(plan.changes).toEqual([
      [a1, '5'],
      [a2, '6'],
      [b1, '7'],
      [b2, '8'],
    ]);
    expect(pasteNote(plan, text)).toBe('已粘贴 4 格。第 1 列是本表的行名，未粘贴。');
  });

  it('takes labels written without their numbering as row labels', () => {
    const plan = planPaste('予以公开\t1\n1.属于国家秘密\t2', { rows, startRow: 0, startColumn: 0 });
    expect(plan.labelColumn).toBe(true);
  });

  it('skips a column of text that is not a row label and names it', () => {
    const text = 'abc\t5\t6\n12件\t7\t8';
    const plan = planPaste(text, { rows, startRow: 0, startColumn: 0 });
    expect(plan.labelColumn).toBe(false);
    expect(plan.changes).toEqual([
      [a2, '5'],
      [a3, '6'],
      [b2, '7'],
      [b3, '8'],
    ]);
    expect(pasteNote(plan, text)).toBe('已粘贴 4 格。第 1 列“abc”“12件”不是数字，未粘贴。');
  });

  it('names a stray text by row and column and pastes the figures around it', () => {
    const text = '1\t2\n3\t无';
    const plan = planPaste(text, { rows, startRow: 0, startColumn: 0 });
    expect(plan.changes.map(([a]) => a)).toEqual([a1, a2, b1]);
    expect(pasteNote(plan, text)).toBe('已粘贴 3 格。第 2 行第 2 列“无”不是数字，未粘贴。');
  });

  it('names the column of a one-row paste without a row number', () => {
    const text = 'abc\t1';
    expect(pasteNote(planPaste(text, { rows, startRow: 0, startColumn: 0 }), text)).toBe(
      '已粘贴 1 格。第 1 列“abc”不是数字，未粘贴。',
    );
  });

  it('pastes a blank as a blank and a figure the cell refuses as typed', () => {
    const plan = planPaste('\t1.5', { rows, startRow: 2, startColumn: 0 });
    expect(plan.changes).toEqual([
      [c1, ''],
      [row(3)[1], '1.5'],
    ]);
  });

  it('fills a single column downwards', () => {
    const plan = planPaste('１\n２\n３', { rows, startRow: 0, startColumn: 2 });
    expect(plan.changes.map(([a]) => a)).toEqual([a3, b3, c3]);
  });

  it('counts values past the table edge and never writes computed cells', () => {
    const plan = planPaste('1\t2\t3\n4\t5\t6\n7\t8\t9\n10\t11\t12', {
      rows,
      startRow: 0,
      startColumn: 1,
    });
    expect(plan.changes).toHaveLength(6);
    expect(plan.onTotals).toBe(3);
    expect(plan.dropped).toBe(3);
    expect(pasteNote(plan, '')).toBe(
      '已粘贴 6 格。有 3 个数值超出表格范围，未粘贴。3 个数值落在合计格上，合计由程序自动计算，未粘贴。',
    );
  });
});
