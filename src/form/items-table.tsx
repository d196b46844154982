/**
 * Table 二 (第二十条 items): one block per item, each with its full-width heading row and the
 * `信息内容` header, as in the official table. Rows are numbered across blocks for arrow keys.
 */
import type { FormatIndex } from '../report';
import { TableCell, pasteRows } from './table-cell';

/** Blocks have one to three columns; the rest of the row stays empty, as in the official table. */
const Filler = ({ span }: { span: number }) =>
  span > 0 ? <td className="filler" colSpan={span} aria-hidden="true" /> : null;

export function ItemsTable({ index }: { index: FormatIndex }) {
  const blocks = index.spec.table2.blocks;
  const cellsOf = (blockId: string, rowId: string) =>
    index.cells.filter((c) => c.table === '二' && c.blockId === blockId && c.rowId === rowId);
  const rows = blocks.flatMap((b) => b.rows.map((r) => cellsOf(b.id, r.id)));
  const target = pasteRows(rows);
  const width = Math.max(...blocks.map((b) => b.columns.length));
  let rowNumber = -1;
  return (
    <div className="table-scroll" data-grid="二">
      <table className="stat-table items-table">
        <caption className="visually-hidden">二、主动公开政府信息情况</caption>
        {blocks.map((block) => (
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
                  {column.label}
                  {column.unit ? `（${column.unit}）` : ''}
                </th>
              ))}
              <Filler span={width - block.columns.length} />
            </tr>
            {block.rows.map((row) => {
              rowNumber += 1;
              const r = rowNumber;
              return (
                <tr key={row.id}>
                  <th scope="row" className="row-label">
                    {row.label}
                  </th>
                  {cellsOf(block.id, row.id).map((cell, c) => (
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
