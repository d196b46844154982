/**
 * Table 四: `行政复议` over five columns, `行政诉讼` over ten split into `未经复议直接起诉` and
 * `复议后起诉`; each group's 总计 is computed. One row of 15 cells, as the official table; the merged
 * header comes from table4Layout, the same layout print and the exporters draw.
 */
import { table4Layout } from '../report';
import type { FormatIndex } from '../report';
import { LayoutHeader } from './layout-header';
import { TableCell, pasteRows } from './table-cell';

export function CasesTable({ index }: { index: FormatIndex }) {
  const layout = table4Layout(index);
  const cells = layout.rows[0]?.cells ?? [];
  const target = pasteRows([cells]);
  return (
    <div className="table-scroll" data-grid="四">
      <table className="stat-table cases-table">
        <caption className="visually-hidden">四、政府信息公开行政复议、行政诉讼情况</caption>
        <LayoutHeader layout={layout} labelColumns={0} />
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
