import { describe, expect, it } from 'vitest';
import { formatIds, formatIndex } from './spec';
import { table3Layout, table4Layout } from './table-layout';
import type { TableLayout } from './table-layout';

/**
 * Lays the spans out on a grid as a browser or Word would: every position must be covered exactly
 * once, so the merged header and label cells form a full rectangle with no gaps or overlaps.
 */
function occupancy(rows: readonly (readonly { colSpan: number; rowSpan: number }[])[]): number[][] {
  const grid: number[][] = [];
  rows.forEach((cells, r) => {
    grid[r] ??= [];
    let c = 0;
    for (const cell of cells) {
      while ((grid[r]?.[c] ?? 0) > 0) c += 1;
      for (let dr = 0; dr < cell.rowSpan; dr += 1) {
        for (let dc = 0; dc < cell.colSpan; dc += 1) {
          const row = (grid[r + dr] ??= []);
          row[c + dc] = (row[c + dc] ?? 0) + 1;
        }
      }
      c += cell.colSpan;
    }
  });
  return grid;
}

const bodyRows = (layout: TableLayout) =>
  layout.rows.map((row) => [...row.labels, ...row.cells.map(() => ({ colSpan: 1, rowSpan: 1 }))]);

describe.each(formatIds)('table layouts of the %s format', (format) => {
  const index = formatIndex(format);

  it.each([
    ['三', table3Layout(index)],
    ['四', table4Layout(index)],
  ] as const)('tiles table %s’s header and body without gaps or overlaps', (_, layout) => {
    for (const part of [layout.header, bodyRows(layout)]) {
      const grid = occupancy(part);
      const width = grid[0]?.length ?? 0;
      expect(grid.every((row) => row.length === width && row.every((n) => n === 1))).toBe(true);
    }
  });

  it('gives table 三 one body row per numeric row with its seven cells', () => {
    const layout = table3Layout(index);
    expect(layout.rows).toHaveLength(index.gridLines.filter((l) => l.number).length);
    expect(layout.rows.every((r) => r.cells.length === 7)).toBe(true);
    expect(layout.rows[2]?.labels[0]).toEqual({
      label: '三、本年度办理结果',
      colSpan: 1,
      rowSpan: format === '2021' ? 22 : 20,
    });
  });
});
