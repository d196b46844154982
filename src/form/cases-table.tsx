/**
 * Table 四: `行政复议` over five columns, `行政诉讼` over ten split into `未经复议直接起诉` and
 * `复议后起诉`; each group's 总计 is computed. One row of 15 cells, as the official table.
 */
import type { FormatIndex } from '../report';
import { TableCell, pasteRows } from './table-cell';

export function CasesTable({ index }: { index: FormatIndex }) {
  const { groups, columns } = index.spec.table4;
  const cells = index.cells.filter((c) => c.table === '四');
  const target = pasteRows([cells]);
  const top = groups.filter((g) => !g.parent);
  const parents = [...new Set(groups.flatMap((g) => (g.parent ? [g.parent] : [])))];
  return (
    <div className="table-scroll" data-grid="四">
      <table className="stat-table cases-table">
        <caption className="visually-hidden">四、政府信息公开行政复议、行政诉讼情况</caption>
        <thead>
          <tr>
            {top.map((g) => (
              <th key={g.id} colSpan={columns.length} scope="colgroup">
                {g.label}
              </th>
            ))}
            {parents.map((p) => (
              <th
                key={p}
                colSpan={columns.length * groups.filter((g) => g.parent === p).length}
                scope="colgroup"
              >
                {p}
              </th>
            ))}
          </tr>
          <tr>
            {top.flatMap((g) =>
              columns.map((c) => (
                <th key={`${g.id}-${c.id}`} rowSpan={2} scope="col">
                  {c.label}
                </th>
              )),
            )}
            {groups
              .filter((g) => g.parent)
              .map((g) => (
                <th key={g.id} colSpan={columns.length} scope="colgroup">
                  {g.label}
                </th>
              ))}
          </tr>
          <tr>
            {groups
              .filter((g) => g.parent)
              .flatMap((g) =>
                columns.map((c) => (
                  <th key={`${g.id}-${c.id}`} scope="col">
                    {c.label}
                  </th>
                )),
              )}
          </tr>
        </thead>
        <tbody>
          <tr>
            {cells.map((cell, c) => (
              <TableCell
                key={cell.address}
                cell={cell}
                row={0}
                column={c}
                rowName={cell.rowLabel}
                pasteTarget={() => ({ rows: target, startRow: 0, startColumn: c })}
              />
            ))}
          </tr>
        </tbody>
      </table>
    </div>
  );
}
