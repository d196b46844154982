/**
 * Table 二 (第二十条 items): one block per item, each with its full-width heading row and the
 * `信息内容` header, as in the official table. Rows are numbered across blocks for arrow keys.
 */
import { itemColumnHeading, table2Layouts } from '../report';
import type { FormatIndex } from '../report';
import { TableCell, pasteRows } from './table-cell';

/** Blocks have one to three columns; the rest of the row stays empty, as in the official table. */
const Filler = ({ span }: { span: number }) =>
  span > 0 ? <td className="filler" colSpan={span} aria-hidden="true" /> : null;

export function ItemsTable({ index }: { index: FormatIndex }) {
  const blocks = index.spec.table2.blocks;
  // Each block's rows with their cells, from the layout print and the exporters use too.
  const layouts = table2Layouts(index);
  const cellsOf = (b: number, r: number) => layouts[b]?.rows[r]?.cells ?? [];
  const target = pasteRows(layouts.flatMap((l) => l.rows.map((row) => row.cells)));
  const width = Math.max(...blocks.map((b) => b.columns.length));
  let rowNumber = -1;
  return (
    <div className="table-scroll" data-grid="二">
      <table className="stat-table items-table">
        <caption className="visually-hidden">二、主动公开政府信息情况</caption>
        {blocks.map((block, b) => (
          <tbody key={block.id}>
            <tr>
              <th colSpan={width + 1} scope="colgroup" className="block-heading">
                {block.heading}
              </th>
            </tr>
            <tr>
              <th scope="col">信息内容</th>
              {block.columns.map((column) => (
                <th key={column.id} scope="col">
                  {itemColumnHeading(column)}
                </th>
              ))}
              <Filler span={width - block.columns.length} />
            </tr>
            {block.rows.map((row, i) => {
              rowNumber += 1;
              const r = rowNumber;
              return (
                <tr key={row.id}>
                  <th scope="row" className="row-label">
                    {row.label}
                  </th>
                  {cellsOf(b, i).map((cell, c) => (
                    <TableCell
                      key={cell.address}
                      cell={cell}
                      row={r}
                      column={c}
                      pasteTarget={() => ({ rows: target, startRow: r, startColumn: c })}
                    />
                  ))}
                  <Filler span={width - block.columns.length} />
                </tr>
              );
            })}
          </tbody>
        ))}
      </table>
    </div>
  );
}
