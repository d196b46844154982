import { describe, expect, it } from 'vitest';
import { labelKeysOf } from '../printed/table-rows';
import { readRow } from './read-row';
import { tokenizeTable } from './table-tokens';

const stops = labelKeysOf('三');
const rowAfter = (lines: string[], label: string, width = 7) => {
  const table = tokenizeTable(lines);
  const after = table.tokens.findIndex((t) => t.text === label);
  return readRow(table, { after, width, stops });
};

describe('tokenizeTable', () => {
  it('joins a header cell broken across lines when cells are one per line', () => {
    const { tabRows, tokens } = tokenizeTable(['\t信息内容', '\t本年新', '制作数量', '\t 0']);
    expect(tabRows).toBe(false);
    expect(tokens.map((t) => t.text)).toEqual(['信息内容', '本年新制作数量', '0']);
  });

  it('splits tab-separated rows into cells', () => {
    const { tabRows, tokens } = tokenizeTable(['规章\t0\t0\t0', '', '行政规范性文件\t1\t2\t3']);
    expect(tabRows).toBe(true);
    expect(tokens.filter((t) => t.rowStart).map((t) => t.text)).toEqual(['规章', '行政规范性文件']);
  });
});

describe('readRow', () => {
  it('drops the spacer cells around a tab-separated row', () => {
    const lines = ['\t(一) 予以公开\t\t1\t2\t3\t4\t5\t6\t21\t', '\t(二) 部分公开\t\t0'];
    expect(rowAfter(lines, '(一) 予以公开')).toEqual({
      cells: ['1', '2', '3', '4', '5', '6', '21'],
      extra: [],
    });
  });

  it('keeps an empty cell inside a row of one cell per line and drops the next row’s spacers', () => {
    const lines = [
      '\t（一）予以公开',
      '\t1',
      '\t',
      '\t3',
      '\t4',
      '\t5',
      '\t6',
      '\t19',
      '',
      '\t',
      '\t（二）部分公开',
    ];
    expect(rowAfter(lines, '（一）予以公开').cells).toEqual(['1', '', '3', '4', '5', '6', '19']);
  });

  it('says which cells a short row lacks and which cells are extra', () => {
    expect(rowAfter(['\t规章', '\t0', '\t0'], '规章', 3)).toEqual({
      cells: ['0', '0', undefined],
      extra: [],
    });
    expect(rowAfter(['规章\t0\t0\t0\t9'], '规章', 3)).toMatchObject({ extra: ['9'] });
  });
});
