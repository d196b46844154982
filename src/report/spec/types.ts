/**
 * The vocabulary of the report declaration. Everything in `src/report/spec/` is plain data built
 * from these types; `compile-format.ts` turns it into per-cell facts (address, kind, formula) that
 * the schema, derive(), the rules, the form, the exporters and the importer all read.
 */

/** 2021: 国办公开办函〔2021〕30号 (report years ≥ 2021). 2019: 国办公开办函〔2019〕60号 (2019–2020). */
export type FormatId = '2021' | '2019';

/**
 * count: non-negative integer (件). signed: 本年增/减, a signed integer written `+3`, `-1`, `0`.
 * amount: non-negative decimal kept exactly as entered (万元, up to 6 decimals) — never rounded.
 */
export type CellKind = 'count' | 'signed' | 'amount';

/*
 * Each shape takes the id types it may hold, `string` by default: a declaration is checked against
 * the default (`satisfies`) and keeps its literal ids, and FormatSpec (formats.ts) narrows every id
 * to the union of the declared ones, so a misspelt row or column id fails to compile.
 */

/** A column of table 二 (第二十条 items). `unit` is printed in the header but is not part of the address. */
export interface ItemColumn<Id extends string = string> {
  readonly id: Id;
  readonly label: string;
  readonly unit?: string;
  readonly kind: CellKind;
}

export interface ItemRow<Id extends string = string> {
  readonly id: Id;
  readonly label: string;
}

/** One block of table 二: a full-width header naming the 条例 item, a `信息内容` header, rows. */
export interface ItemBlock<
  BlockId extends string = string,
  RowId extends string = string,
  ColumnId extends string = string,
> {
  readonly id: BlockId;
  /** The item number as printed, used in addresses: `（一）`. */
  readonly item: string;
  /** Full-width header row: `第二十条第（一）项`. */
  readonly heading: string;
  readonly columns: readonly ItemColumn<ColumnId>[];
  readonly rows: readonly ItemRow<RowId>[];
}

export interface Table2Spec<
  BlockId extends string = string,
  RowId extends string = string,
  ColumnId extends string = string,
> {
  readonly id: '二';
  readonly blocks: readonly ItemBlock<BlockId, RowId, ColumnId>[];
}

/** A column of table 三. `sumOfOthers` marks 总计, the sum of every other column of its row. */
export interface GridColumn<Id extends string = string> {
  readonly id: Id;
  readonly label: string;
  /** Header group this column sits under (`法人或其他组织`), if any. */
  readonly group?: string;
  readonly sumOfOthers?: true;
}

/** A numeric row of table 三. `sumOfGroup` names the group whose numeric rows it totals. */
export interface GridRow<Id extends string = string, GroupId extends string = string> {
  readonly type: 'row';
  readonly id: Id;
  readonly label: string;
  readonly sumOfGroup?: GroupId;
}

/** A label-only row (`三、本年度办理结果`, `（三）不予公开`) that carries no numbers. */
export interface GridGroup<RowId extends string = string, GroupId extends string = string> {
  readonly type: 'group';
  readonly id: GroupId;
  readonly label: string;
  readonly children: readonly GridNode<RowId, GroupId>[];
}

export type GridNode<RowId extends string = string, GroupId extends string = string> =
  GridRow<RowId, GroupId> | GridGroup<RowId, GroupId>;

/** The ids of the numeric rows in a declared row tree. */
export type GridRowIds<Node> = Node extends { readonly type: 'row'; readonly id: infer Id }
  ? Id
  : Node extends { readonly children: readonly (infer Child)[] }
    ? GridRowIds<Child>
    : never;

/** The ids of the groups in a declared row tree. */
export type GridGroupIds<Node> = Node extends {
  readonly type: 'group';
  readonly id: infer Id;
  readonly children: readonly (infer Child)[];
}
  ? Id | GridGroupIds<Child>
  : never;

export interface Table3Spec<
  RowId extends string = string,
  GroupId extends string = string,
  ColumnId extends string = string,
> {
  readonly id: '三';
  /** Merged top-left cell: the official 勾稽关系 note. */
  readonly note: string;
  /** Header spanning every column. */
  readonly header: string;
  readonly columns: readonly GridColumn<ColumnId>[];
  readonly rows: readonly GridNode<RowId, GroupId>[];
}

/** Table 四: one row of groups × result columns; 总计 in each group is computed. */
export interface CaseGroup<Id extends string = string> {
  readonly id: Id;
  readonly label: string;
  /** Header above several groups (`行政诉讼`), if any. */
  readonly parent?: string;
}

export interface CaseColumn<Id extends string = string> {
  readonly id: Id;
  readonly label: string;
  readonly sumOfOthers?: true;
}

export interface Table4Spec<GroupId extends string = string, ColumnId extends string = string> {
  readonly id: '四';
  readonly groups: readonly CaseGroup<GroupId>[];
  readonly columns: readonly CaseColumn<ColumnId>[];
}
