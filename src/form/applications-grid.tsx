/**
 * Table 三 as a grid (TanStack Table): the official row labels indented by level with the
 * label-only group rows; the merged header (勾稽关系 note, 申请人情况 / 法人或其他组织) from the
 * shared table layout; sticky labels and headers. The 总计 column and （七）总计 row are
 * computed cells (read-only, out of the tab order).
 */
import {
  createColumnHelper,
  flexRender,
  getCoreRowModel,
  useReactTable,
} from '@tanstack/react-table';
import type { ColumnDef } from '@tanstack/react-table';
import { Fragment, useMemo } from 'react';
import { table3Layout } from '../report';
import type { CellFact, FormatIndex, GridLine } from '../report';
import { LayoutHeader } from './layout-header';
import { DataGrid } from './data-grid';
import { GridCell, pasteRows } from './grid-cell';

interface Line {
  readonly line: GridLine;
  /** Position among numeric rows (0-based) for arrow keys; -1 for label-only rows. */
  readonly row: number;
  readonly cells: readonly CellFact[];
  /** Accessible row name: the group's label before a numbered sub-row (`不予公开：1.属于国家秘密`). */
  readonly name: string;
}

const helper = createColumnHelper<Line>();

function buildColumns(index: FormatIndex): ColumnDef<Line, unknown>[] {
  const { columns } = index.spec.table3;
  const leaf = (position: number) =>
    helper.display({
      id: columns[position]?.id ?? String(position),
      cell: ({ row }) => {
        const { cells, row: r, name } = row.original;
        const cell = cells[position];
        if (!cell) return null;
        return <GridCell cell={cell} row={r} column={position} rowName={name} />;
      },
    });
  // Body columns only: the header is drawn from the shared layout (LayoutHeaderRows).
  return [helper.display({ id: 'label' }), ...columns.map((_, position) => leaf(position))];
}

function linesOf(index: FormatIndex): Line[] {
  let numeric = -1;
  return index.gridLines.map((line) => {
    if (line.node.type === 'group') return { line, row: -1, cells: [], name: line.node.label };
    numeric += 1;
    const id = line.node.id;
    const cells = index.cells.filter((c) => c.table === '三' && c.rowId === id);
    const parent =
      line.depth >= 2 ? index.gridLines.find((l) => l.node.id === line.groups.at(-1)) : undefined;
    const name = parent
      ? `${parent.node.label.replace(/^（[一二三四五六七八九]+）/, '')}：${line.node.label}`
      : line.node.label;
    return { line, row: numeric, cells, name };
  });
}

export function ApplicationsGrid({ index }: { index: FormatIndex }) {
  const lines = useMemo(() => linesOf(index), [index]);
  const target = useMemo(
    () => pasteRows(lines.filter((l) => l.row >= 0).map((l) => l.cells)),
    [lines],
  );
  const columns = useMemo(() => buildColumns(index), [index]);
  const table = useReactTable({ data: lines, columns, getCoreRowModel: getCoreRowModel() });
  const width = index.spec.table3.columns.length + 1;
  return (
    <DataGrid
      id="三"
      className="applications-grid"
      scrollClassName="grid-scroll"
      pasteRows={target}
    >
      <caption className="visually-hidden">三、收到和处理政府信息公开申请情况</caption>
      <LayoutHeader layout={table3Layout(index)} labelColumns={1} />
      <tbody>
        {table.getRowModel().rows.map((row) => {
          const { line } = row.original;
          const label = (
            <th scope="row" className={`row-label sticky-col depth-${line.depth}`}>
              {line.node.label}
            </th>
          );
          if (line.node.type === 'group') {
            return (
              <tr key={row.id} className="group-row">
                {label}
                <td colSpan={width - 1} aria-hidden="true" />
              </tr>
            );
          }
          const isTotal = Boolean(line.node.sumOfGroup);
          return (
            <tr key={row.id} className={isTotal ? 'total-row' : undefined}>
              {label}
              {row
                .getVisibleCells()
                .filter((cell) => cell.column.id !== 'label')
                .map((cell) => (
                  <Fragment key={cell.id}>
                    {flexRender(cell.column.columnDef.cell, cell.getContext())}
                  </Fragment>
                ))}
            </tr>
          );
        })}
      </tbody>
    </DataGrid>
  );
}
