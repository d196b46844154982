/**
 * Table 三 as a grid (TanStack Table): the official row labels indented by level with the
 * label-only group rows, the column groups 申请人情况 / 法人或其他组织 from the declaration, the
 * merged top-left 勾稽关系 note, sticky labels and headers. The 总计 column and （七）总计 row are
 * computed cells (read-only, out of the tab order).
 */
import {
  createColumnHelper,
  flexRender,
  getCoreRowModel,
  useReactTable,
} from '@tanstack/react-table';
import type { ColumnDef, Header } from '@tanstack/react-table';
import { Fragment, useMemo } from 'react';
import type { CellFact, FormatIndex, GridLine } from '../report';
import { TableCell, pasteRows } from './table-cell';

interface Line {
  readonly line: GridLine;
  /** Position among numeric rows (0-based) for arrow keys; -1 for label-only rows. */
  readonly row: number;
  readonly cells: readonly CellFact[];
  /** Accessible row name: the group's label before a numbered sub-row (`不予公开：1.属于国家秘密`). */
  readonly name: string;
}

const helper = createColumnHelper<Line>();

function buildColumns(index: FormatIndex, target: (string | null)[][]): ColumnDef<Line, unknown>[] {
  const { columns, note, header } = index.spec.table3;
  const leaf = (position: number) =>
    helper.display({
      id: columns[position]?.id ?? String(position),
      header: columns[position]?.label,
      cell: ({ row }) => {
        const { cells, row: r, name } = row.original;
        const cell = cells[position];
        if (!cell) return null;
        return (
          <TableCell
            cell={cell}
            row={r}
            column={position}
            rowName={name}
            pasteTarget={() => ({ rows: target, startRow: r, startColumn: position })}
          />
        );
      },
    });
  // Columns in declaration order, grouped under their header group where they have one.
  const grouped: ColumnDef<Line, unknown>[] = [];
  columns.forEach((column, position) => {
    if (!column.group) {
      grouped.push(leaf(position));
      return;
    }
    const last = grouped.at(-1) as
      (ColumnDef<Line, unknown> & { columns?: ColumnDef<Line, unknown>[] }) | undefined;
    if (last?.header === column.group && last.columns) last.columns.push(leaf(position));
    else
      grouped.push(
        helper.group({
          id: `group-${column.group}`,
          header: column.group,
          columns: [leaf(position)],
        }),
      );
  });
  return [
    helper.display({ id: 'label', header: note }),
    helper.group({ id: 'applicants', header, columns: grouped }),
  ];
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

/** Header cells with TanStack's placeholders folded into row spans, as the official merged header. */
function renderHeaderRows(
  groups: ReturnType<ReturnType<typeof useReactTable<Line>>['getHeaderGroups']>,
) {
  const covered = new Set<string>();
  const depth = groups.length;
  return groups.map((group, g) => (
    <tr key={group.id}>
      {group.headers.map((h: Header<Line, unknown>) => {
        if (covered.has(h.column.id)) return null;
        const spansDown = h.isPlaceholder;
        if (spansDown) covered.add(h.column.id);
        const isNote = h.column.id === 'label';
        return (
          <th
            key={h.id}
            colSpan={h.colSpan}
            rowSpan={spansDown ? depth - g : 1}
            scope={h.subHeaders.length > 0 && !spansDown ? 'colgroup' : 'col'}
            className={isNote ? 'grid-note sticky-col' : undefined}
          >
            {flexRender(h.column.columnDef.header, h.getContext())}
          </th>
        );
      })}
    </tr>
  ));
}

export function ApplicationsGrid({ index }: { index: FormatIndex }) {
  const lines = useMemo(() => linesOf(index), [index]);
  const target = useMemo(
    () => pasteRows(lines.filter((l) => l.row >= 0).map((l) => l.cells)),
    [lines],
  );
  const columns = useMemo(() => buildColumns(index, target), [index, target]);
  const table = useReactTable({ data: lines, columns, getCoreRowModel: getCoreRowModel() });
  const width = index.spec.table3.columns.length + 1;
  return (
    <div className="table-scroll grid-scroll" data-grid="三">
      <table className="stat-table applications-grid">
        <caption className="visually-hidden">三、收到和处理政府信息公开申请情况</caption>
        <thead>{renderHeaderRows(table.getHeaderGroups())}</thead>
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
      </table>
    </div>
  );
}
