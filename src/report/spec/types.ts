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

/** A column of table 二 (第二十条 items). `unit` is printed in the header but is not part of the address. */
export interface ItemColumn {
  readonly id: string;
  readonly label: string;
  readonly unit?: string;
  readonly kind: CellKind;
}

export interface ItemRow {
  readonly id: string;
  readonly label: string;
}

/** One block of table 二: a full-width header naming the 条例 item, a `信息内容` header, rows. */
export interface ItemBlock {
  readonly id: string;
  /** The item number as printed, used in addresses: `（一）`. */
  readonly item: string;
  /** Full-width header row: `第二十条第（一）项`. */
  readonly heading: string;
  readonly columns: readonly ItemColumn[];
  readonly rows: readonly ItemRow[];
}

export interface Table2Spec {
  readonly id: '二';
  readonly blocks: readonly ItemBlock[];
}

/** A column of table 三. `sumOfOthers` marks 总计, the sum of every other column of its row. */
export interface GridColumn {
  readonly id: string;
  readonly label: string;
  /** Header group this column sits under (`法人或其他组织`), if any. */
  readonly group?: string;
  readonly sumOfOthers?: true;
}

/** A numeric row of table 三. `sumOfGroup` names the group whose numeric rows it totals. */
export interface GridRow {
  readonly type: 'row';
  readonly id: string;
  readonly label: string;
  readonly sumOfGroup?: string;
}

/** A label-only row (`三、本年度办理结果`, `（三）不予公开`) that carries no numbers. */
export interface GridGroup {
  readonly type: 'group';
  readonly id: string;
  readonly label: string;
  readonly children: readonly GridNode[];
}

export type GridNode = GridRow | GridGroup;

export interface Table3Spec {
  readonly id: '三';
  /** Merged top-left cell: the official 勾稽关系 note. */
  readonly note: string;
  /** Header spanning every column. */
  readonly header: string;
  readonly columns: readonly GridColumn[];
  readonly rows: readonly GridNode[];
}

/** Table 四: one row of groups × result columns; 总计 in each group is computed. */
export interface CaseGroup {
  readonly id: string;
  readonly label: string;
  /** Header above several groups (`行政诉讼`), if any. */
  readonly parent?: string;
}

export interface CaseColumn {
  readonly id: string;
  readonly label: string;
  readonly sumOfOthers?: true;
}

export interface Table4Spec {
  readonly id: '四';
  readonly groups: readonly CaseGroup[];
  readonly columns: readonly CaseColumn[];
}

export interface FormatSpec {
  readonly id: FormatId;
  /** The notice that fixes this format. */
  readonly notice: string;
  /** Report years this format is meant for (inclusive; `to` null = open-ended). */
  readonly years: { readonly from: number; readonly to: number | null };
  readonly table2: Table2Spec;
  readonly table3: Table3Spec;
  readonly table4: Table4Spec;
}
