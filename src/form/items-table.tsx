/**
 * Table 二 (第二十条 items): one block per item, each with its full-width heading row and the
 * `信息内容` header, as in the official table — drawn from `table2Layouts`, the layout print, .docx
 * and .txt draw too (a narrower item's last column spans the rest). Rows are numbered across blocks
 * for the keys that move between cells.
 */
import { table2Layouts } from '../report';
import type { FormatIndex } from '../report';
import { DataGrid } from './data-grid';
import { GridCell, pasteRows } from './grid-cell';

export function ItemsTable({ index }: { index: FormatIndex }) {
  const layouts = table2Layouts(index);
  const target = pasteRows(layouts.flatMap((l) => l.rows.map((row) => row.cells)));
  let rowNumber = -1;
  return (
    <DataGrid id="二" className="items-table" pasteRows={target}>
      <caption className="visually-hidden">二、主动公开政府信息情况</caption>
      {layouts.map((layout, b) => (
        <tbody key={b}>
          {layout.header.map((row, r) => (
            <tr key={`h${r}`}>
              {row.map((th, c) => (
                <th
                  key={c}
                  colSpan={th.colSpan > 1 ? th.colSpan : undefined}
                  scope={th.colSpan > 1 ? 'colgroup' : 'col'}
                  className={r === 0 ? 'block-heading' : undefined}
                >
                  {th.label}
                </th>
              ))}
            </tr>
          ))}
          {layout.rows.map((row) => {
            rowNumber += 1;
            const r = rowNumber;
            return (
              <tr key={row.cells[0]?.rowId ?? r}>
                {row.labels.map((label, l) => (
                  <th key={l} scope="row" className="row-label">
                    {label.label}
                  </th>
                ))}
                {row.cells.map((cell, c) => (
                  <GridCell
                    key={cell.address}
                    cell={cell}
                    row={r}
                    column={c}
                    colSpan={cell.colSpan}
                  />
                ))}
              </tr>
            );
          })}
        </tbody>
      ))}
    </DataGrid>
  );
}
