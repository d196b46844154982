import { describe, expect, it } from 'vitest';
import { planPaste, splitClipboard } from './paste';

// A 3×4 table whose last column is computed (null), like 三's 总计.
const rows = [
  ['a1', 'a2', 'a3', null],
  ['b1', 'b2', 'b3', null],
  ['c1', 'c2', 'c3', null],
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
      ['b2', '1'],
      ['b3', '2'],
      ['c2', '3'],
      ['c3', '4'],
    ]);
    expect(plan).toMatchObject({ dropped: 0, onTotals: 0 });
  });

  it('drops a leading label column when no row starts with a figure', () => {
    const plan = planPaste('一、本年新收\t5\t6\n二、上年结转\t7\t8', {
      rows,
      startRow: 0,
      startColumn: 0,
    });
    expect(plan.changes).toEqual([
      ['a1', '5'],
      ['a2', '6'],
      ['b1', '7'],
      ['b2', '8'],
    ]);
  });

  it('fills a single column downwards', () => {
    const plan = planPaste('１\n２\n３', { rows, startRow: 0, startColumn: 2 });
    expect(plan.changes.map(([a]) => a)).toEqual(['a3', 'b3', 'c3']);
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
  });
});
