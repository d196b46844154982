import { describe, expect, it } from 'vitest';
import type { SpanCell } from '../report';
import { gridLines } from './txt-grid';

const span = (label: string, colSpan = 1, rowSpan = 1): SpanCell => ({ label, colSpan, rowSpan });

describe('gridLines', () => {
  it('writes a merged cell at its top-left position and leaves what it covers empty', () => {
    expect(
      gridLines([
        [span('A', 2, 2), span('B', 2)],
        [span('c'), span('d')],
      ]),
    ).toEqual(['A\t\tB\t', '\t\tc\td']);
  });

  it('skips positions a cell from an earlier row spans down into', () => {
    expect(gridLines([[span('g', 1, 3), span('x')], [span('y')], [span('z')]])).toEqual([
      'g\tx',
      '\ty',
      '\tz',
    ]);
  });

  it('pads short rows with empty fields to the widest row', () => {
    expect(gridLines([[span('h', 3)], [span('r'), span('1')]])).toEqual(['h\t\t', 'r\t1\t']);
  });

  it('replaces a TAB or line break inside a cell with a space so columns stay put', () => {
    expect(gridLines([[span('a\tb'), span('c\r\nd')]])).toEqual(['a b\tc d']);
  });
});
