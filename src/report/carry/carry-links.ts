/**
 * What this year's report takes from last year's (spec §4, "Carrying last year forward"), declared
 * once as data by table, row and column ids. carryForward() fills the `copy` links, the form shows
 * every link's source beside its cell, and the across-year rules (spec §3) compare the same links —
 * so the carry-forward and its checks cannot drift apart. Ids, not labels, join the two years: the
 * 2019 and 2021 declarations share ids where the official meaning is the same (`规范性文件` and
 * `行政规范性文件` are both `normativeDocs`), so the 2019 → 2021 migration is the links whose cells
 * exist in both formats, and nothing is copied into a cell that means something else
 * (`对外公开总数量` is not `现行有效件数`; item counts in （八） are not amounts in 万元).
 */
import type { ColumnId, FormatIndex, RowId, TableId } from '../spec';
import { formatSpecs } from '../spec';

/** `copy`: this year's cell starts as the sum of the `from` cells; `baseline`: it is not filled,
 * but this year's expected value starts from them (the documents in force, spec §4). */
export type CarryKind = 'copy' | 'baseline';

/** The rule that compares a link across years (spec §3, "Across years"). */
export type CarryRuleId = 'Y-CARRY-IN' | 'Y-ITEMS-BASE' | 'Y-DOCS-IN-FORCE';

type CellRef = readonly [table: TableId, rowId: RowId, columnId: ColumnId];

interface LinkSpec {
  readonly rule: CarryRuleId;
  readonly kind: CarryKind;
  readonly to: CellRef;
  /** Last year's cells, summed. */
  readonly from: readonly CellRef[];
  /** This year's cells added to and taken from last year's figure for the expected value. */
  readonly plus?: readonly CellRef[];
  readonly minus?: readonly CellRef[];
}

export interface CarryLink {
  readonly rule: CarryRuleId;
  readonly kind: CarryKind;
  /** This year's cell (spec §7 address in this year's format). */
  readonly to: string;
  /** Last year's cells (addresses in last year's format), summed. */
  readonly from: readonly string[];
  /** This year's cells added to and taken from that sum for the expected value. */
  readonly plus: readonly string[];
  readonly minus: readonly string[];
}

const applicantColumns = formatSpecs['2021'].table3.columns.filter((c) => !c.sumOfOthers);

/** 2019 format rows with `上一年项目数量` and `本年增/减`. */
const itemRows = formatSpecs['2019'].table2.blocks
  .filter((b) => b.columns.some((c) => c.id === 'lastYearItems'))
  .flatMap((b) => b.rows.map((r) => r.id));

const declared: readonly LinkSpec[] = [
  // `二、上年结转` ← last year's `四、结转下年度继续办理`, per column.
  ...applicantColumns.map((c): LinkSpec => ({
    rule: 'Y-CARRY-IN',
    kind: 'copy',
    to: ['三', 'carriedIn', c.id],
    from: [['三', 'carriedOut', c.id]],
  })),
  // 2021 format: `现行有效件数` baseline ← last year's `现行有效件数`; this year's expected value
  // adds this year's `本年制发件数` and takes away `本年废止件数` (spec §3).
  ...(['rules', 'normativeDocs'] as const).map((row): LinkSpec => ({
    rule: 'Y-DOCS-IN-FORCE',
    kind: 'baseline',
    to: ['二', row, 'inForce'],
    from: [['二', row, 'inForce']],
    plus: [['二', row, 'issued']],
    minus: [['二', row, 'repealed']],
  })),
  // 2019 format: `上一年项目数量` = last year's `上一年项目数量` + `本年增/减`.
  ...itemRows.map((row): LinkSpec => ({
    rule: 'Y-ITEMS-BASE',
    kind: 'copy',
    to: ['二', row, 'lastYearItems'],
    from: [
      ['二', row, 'lastYearItems'],
      ['二', row, 'change'],
    ],
  })),
];

const resolved = new WeakMap<FormatIndex, WeakMap<FormatIndex, readonly CarryLink[]>>();

/** The links between last year's format and this year's: those whose cells exist in both. */
export function carryLinks(last: FormatIndex, now: FormatIndex): readonly CarryLink[] {
  const byNow = resolved.get(last) ?? new WeakMap<FormatIndex, readonly CarryLink[]>();
  resolved.set(last, byNow);
  const cached = byNow.get(now);
  if (cached) return cached;
  const links = declared
    .filter(
      (l) =>
        now.has(...l.to) &&
        l.from.every((f) => last.has(...f)) &&
        [...(l.plus ?? []), ...(l.minus ?? [])].every((c) => now.has(...c)),
    )
    .map((l) => ({
      rule: l.rule,
      kind: l.kind,
      to: now.address(...l.to),
      from: l.from.map((f) => last.address(...f)),
      plus: (l.plus ?? []).map((c) => now.address(...c)),
      minus: (l.minus ?? []).map((c) => now.address(...c)),
    }));
  byNow.set(now, links);
  return links;
}

type ValueOf = (address: string) => number | null;

/**
 * The figure a link expects in this year's cell: last year's cells summed, plus and minus this
 * year's; null while any of them is unknown (blank is not zero, so nothing is guessed).
 */
export function expectedValue(
  link: CarryLink,
  lastYear: ValueOf,
  thisYear: ValueOf,
): number | null {
  const sum = (values: readonly (number | null)[]) =>
    values.some((v) => v === null) ? null : values.reduce<number>((t, v) => t + (v ?? 0), 0);
  const base = sum(link.from.map(lastYear));
  const plus = sum(link.plus.map(thisYear));
  const minus = sum(link.minus.map(thisYear));
  return base === null || plus === null || minus === null ? null : base + plus - minus;
}
