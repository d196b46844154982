/**
 * Compiles a format's declaration into per-cell facts: the stable address of spec §7, the cell
 * kind, the human labels, and for computed cells the addresses they sum. Computed cells are listed
 * in dependency order, so derive() is one pass. Everything downstream reads these facts; nothing
 * else walks the declaration to find cells.
 */
import { formatSpecs } from './formats';
import type {
  ColumnId,
  FormatSpec,
  RowId,
  Table2BlockId,
  Table2ColumnId,
  Table2RowId,
  Table3ColumnId,
  Table3GroupId,
  Table3RowId,
  Table4ColumnId,
  Table4GroupId,
} from './formats';
import type { CellKind, FormatId, GridNode, GridRow } from './types';
import type { TableId } from './sections';

interface CellFactOf<
  Table extends TableId,
  BlockId extends string,
  Row extends RowId,
  Column extends ColumnId,
> {
  /** The stable address of spec §7, e.g. `三/24/总计`. */
  readonly address: string;
  readonly table: Table;
  /** Table 二: the block id; otherwise the table id. */
  readonly blockId: BlockId;
  /** Row id (table 四: the group id). */
  readonly rowId: Row;
  readonly columnId: Column;
  readonly rowLabel: string;
  readonly columnLabel: string;
  readonly kind: CellKind;
  /** Addresses whose sum this cell is; absent for cells the user types. */
  readonly sumOf?: readonly string[];
}

/** A numeric cell, its ids narrowed by its table: `cell.table === '二'` makes `blockId` a block's. */
export type CellFact =
  | CellFactOf<'二', Table2BlockId, Table2RowId, Table2ColumnId>
  | CellFactOf<'三', '三', Table3RowId, Table3ColumnId>
  | CellFactOf<'四', '四', Table4GroupId, Table4ColumnId>;

/** A line of table 三 in print order: label-only group rows and numeric rows with their number. */
export interface GridLine {
  readonly node: Table3Node;
  readonly depth: number;
  /** Position among numeric rows (1-based), the `n` of `三/<n>/<column>`; absent for group rows. */
  readonly number?: number;
  /** Ids of the groups this line sits in, outermost first. */
  readonly groups: readonly Table3GroupId[];
}

type Table3Node = GridNode<Table3RowId, Table3GroupId>;

export interface FormatIndex {
  readonly id: FormatId;
  readonly spec: FormatSpec;
  /** Every numeric cell in declaration order: table 二, 三, 四; within a table row by row. */
  readonly cells: readonly CellFact[];
  readonly inputs: readonly CellFact[];
  /** Computed cells, each after every computed cell it depends on. */
  readonly computed: readonly CellFact[];
  readonly byAddress: ReadonlyMap<string, CellFact>;
  readonly gridLines: readonly GridLine[];
  /** The address of a cell by table, row id and column id; throws on an unknown cell. */
  readonly address: (table: TableId, rowId: RowId, columnId: ColumnId) => string;
  readonly has: (table: TableId, rowId: RowId, columnId: ColumnId) => boolean;
}

/** Flattens table 三's row tree into print order with depths and numeric row numbers. */
export function flattenGrid(table3: FormatSpec['table3']): GridLine[] {
  const lines: GridLine[] = [];
  let number = 0;
  const walk = (nodes: readonly Table3Node[], depth: number, groups: readonly Table3GroupId[]) => {
    for (const node of nodes) {
      if (node.type === 'group') {
        lines.push({ node, depth, groups });
        walk(node.children, depth + 1, [...groups, node.id]);
      } else {
        number += 1;
        lines.push({ node, depth, number, groups });
      }
    }
  };
  walk(table3.rows, 0, []);
  return lines;
}

const key = (table: TableId, rowId: RowId, columnId: ColumnId) =>
  `${table}\u0000${rowId}\u0000${columnId}`;

/** A cell before addresses are known: `sumKeys` are its addends' keys (table/row/column). */
type Draft = CellFact extends infer Fact
  ? Fact extends CellFact
    ? Omit<Fact, 'sumOf'> & { readonly sumKeys?: readonly string[] }
    : never
  : never;

function table2Cells(spec: FormatSpec): Draft[] {
  return spec.table2.blocks.flatMap((block) =>
    block.rows.flatMap((row) =>
      block.columns.map((column) => ({
        address: `二/${block.item}/${row.label}/${column.label}`,
        table: '二' as const,
        blockId: block.id,
        rowId: row.id,
        columnId: column.id,
        rowLabel: row.label,
        columnLabel: column.label,
        kind: column.kind,
      })),
    ),
  );
}

function table3Cells(spec: FormatSpec, lines: readonly GridLine[]): Draft[] {
  const { columns } = spec.table3;
  const numeric = lines.filter(
    (l): l is GridLine & { node: GridRow<Table3RowId, Table3GroupId>; number: number } =>
      Boolean(l.number),
  );
  return numeric.flatMap(({ node, number }) =>
    columns.map((column) => {
      const base = {
        address: `三/${number}/${column.label}`,
        table: '三' as const,
        blockId: '三' as const,
        rowId: node.id,
        columnId: column.id,
        rowLabel: node.label,
        columnLabel: column.label,
        kind: 'count' as const,
      };
      // A 总计 column sums its row's other columns; this also covers the （七）总计 × 总计 corner.
      if (column.sumOfOthers) {
        const others = columns.filter((c) => c !== column);
        return { ...base, sumKeys: others.map((c) => key('三', node.id, c.id)) };
      }
      if (node.sumOfGroup) {
        const group = node.sumOfGroup;
        const addends = numeric.filter((l) => l.node !== node && l.groups.includes(group));
        return { ...base, sumKeys: addends.map((l) => key('三', l.node.id, column.id)) };
      }
      return base;
    }),
  );
}

function table4Cells(spec: FormatSpec): Draft[] {
  const { groups, columns } = spec.table4;
  return groups.flatMap((group) =>
    columns.map((column) => {
      const base = {
        address: `四/${group.label}/${column.label}`,
        table: '四' as const,
        blockId: '四' as const,
        rowId: group.id,
        columnId: column.id,
        rowLabel: group.label,
        columnLabel: column.label,
        kind: 'count' as const,
      };
      if (!column.sumOfOthers) return base;
      const others = columns.filter((c) => c !== column);
      return { ...base, sumKeys: others.map((c) => key('四', group.id, c.id)) };
    }),
  );
}

/** Orders computed cells so that each comes after the computed cells it sums; throws on a cycle. */
function dependencyOrder(computed: readonly CellFact[]): CellFact[] {
  const byAddress = new Map(computed.map((c) => [c.address, c]));
  const done = new Set<string>();
  const visiting = new Set<string>();
  const ordered: CellFact[] = [];
  const visit = (cell: CellFact) => {
    if (done.has(cell.address)) return;
    if (visiting.has(cell.address)) throw new Error(`计算格循环引用：${cell.address}`);
    visiting.add(cell.address);
    for (const addend of cell.sumOf ?? []) {
      const dependency = byAddress.get(addend);
      if (dependency) visit(dependency);
    }
    visiting.delete(cell.address);
    done.add(cell.address);
    ordered.push(cell);
  };
  computed.forEach(visit);
  return ordered;
}

export function compileFormat(spec: FormatSpec): FormatIndex {
  const gridLines = flattenGrid(spec.table3);
  const drafts = [...table2Cells(spec), ...table3Cells(spec, gridLines), ...table4Cells(spec)];
  const addressByKey = new Map(drafts.map((d) => [key(d.table, d.rowId, d.columnId), d.address]));
  const cells: CellFact[] = drafts.map(({ sumKeys, ...fact }) => {
    if (!sumKeys) return fact;
    const sumOf = sumKeys.map((k) => {
      const address = addressByKey.get(k);
      if (!address) throw new Error(`计算格 ${fact.address} 引用了不存在的格`);
      return address;
    });
    return { ...fact, sumOf };
  });
  const address = (table: TableId, rowId: RowId, columnId: ColumnId) => {
    const found = addressByKey.get(key(table, rowId, columnId));
    if (!found) throw new Error(`格式 ${spec.id} 没有这一格：${table}/${rowId}/${columnId}`);
    return found;
  };
  return {
    id: spec.id,
    spec,
    cells,
    inputs: cells.filter((c) => !c.sumOf),
    computed: dependencyOrder(cells.filter((c) => c.sumOf)),
    byAddress: new Map(cells.map((c) => [c.address, c])),
    gridLines,
    address,
    has: (table, rowId, columnId) => addressByKey.has(key(table, rowId, columnId)),
  };
}

const compiled: Readonly<Record<FormatId, FormatIndex>> = {
  '2021': compileFormat(formatSpecs['2021']),
  '2019': compileFormat(formatSpecs['2019']),
};

/** The compiled facts of a format, built once per process. */
export const formatIndex = (format: FormatId): FormatIndex => compiled[format];
