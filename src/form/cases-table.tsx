/**
 * Table 四: `行政复议` over five columns, `行政诉讼` over ten split into `未经复议直接起诉` and
 * `复议后起诉`; each group's 总计 is computed. One row of 15 cells, as the official table; the merged
 * header comes from table4Layout, the same layout print and the exporters draw.
 */
import { table4Layout } from '../report';
import type { FormatIndex } from '../report';
import { LayoutHeader } from './layout-header';
import { DataGrid } from './data-grid';
import { GridCell, pasteRows } from './grid-cell';

export function CasesTable({ index }: { index: FormatIndex }) {
  const layout = table4Layout(index);
  const cells = layout.rows[0]?.cells ?? [];
  const target = pasteRows([cells]);
  return (
    <DataGrid id="四" className="cases-table" pasteRows={target}>
      <caption className="visually-hidden">四、政府信息公开行政复议、行政诉讼情况</caption>
      <LayoutHeader layout={layout} labelColumns={0} />
      <tbody>
        <tr>
          {cells.map((cell, c) => (
            <GridCell key={cell.address} cell={cell} row={0} column={c} rowName={cell.rowLabel} />
          ))}
        </tr>
      </tbody>
    </DataGrid>
  );
}
