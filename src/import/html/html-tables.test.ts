import { describe, expect, it } from 'vitest';
import { htmlTable } from './html-tables';
import { parseHtml } from './html-tree';
import type { HtmlElement } from './html-tree';

const text = (cell: HtmlElement) => cell.children.filter((c) => typeof c === 'string').join('');

function grid(html: string) {
  const table = parseHtml(html).children[0];
  if (!table || typeof table === 'string') throw new Error('no table');
  return htmlTable(table, text).grid.map((row) => row.map((cell) => cell?.text ?? '∅'));
}

describe('htmlTable', () => {
  it('repeats a merged cell at every position it covers (rowspan and colspan)', () => {
    expect(
      grid(
        '<table><tr><td rowspan="2" colspan="2">甲</td><td colspan="2">乙</td></tr><tr><td>丙</td><td>丁</td></tr><tr><td>1</td><td>2</td><td>3</td><td>4</td></tr></table>',
      ),
    ).toEqual([
      ['甲', '甲', '乙', '乙'],
      ['甲', '甲', '丙', '丁'],
      ['1', '2', '3', '4'],
    ]);
  });

  it('reads rows inside thead and tbody, not those of a nested table', () => {
    expect(
      grid('<table><thead><tr><th>a</th></tr></thead><tbody><tr><td>b</td></tr></tbody></table>'),
    ).toEqual([['a'], ['b']]);
  });

  it('caps spans, so colspan="99999" costs no more than a real table', () => {
    const wide = grid(
      '<table><tr><td colspan="99999" rowspan="99999">x</td></tr><tr><td>y</td></tr></table>',
    );
    expect(wide[0]).toHaveLength(64);
    expect(wide[1]?.[0]).toBe('x');
    expect(wide[1]?.[64]).toBe('y');
  });

  it('leaves a short row’s missing positions empty', () => {
    expect(grid('<table><tr><td>a</td><td>b</td></tr><tr><td>c</td></tr></table>')).toEqual([
      ['a', 'b'],
      ['c'],
    ]);
  });
});
