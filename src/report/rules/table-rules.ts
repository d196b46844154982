/**
 * Rules inside the tables (spec §3): every cell a valid figure, no blank cells, the published
 * totals equal to their sums, and table 三's official 勾稽关系 一 + 二 = （七）总计 + 四 per column.
 */
import type { Evaluation } from '../derive';
import { perIndex } from '../memo';
import { cellPlace, moreOrLess, rowPlace, table3RowLabel } from '../place-names';
import type { CellFact, FormatIndex, TableId } from '../spec';
import { defineRule } from './rule';
import type { Finding, RuleContext } from './rule';
import { known } from './known';

const TABLES: readonly TableId[] = ['二', '三', '四'];
/** Rows and columns named in a blank-cells message; a new report has ~200 blanks. */
const LISTED_ROWS = 2;
const LISTED_COLUMNS = 3;

/** `“一、本年新收…”行的“自然人”“商业企业”等 7 列；“二、…”行的… 等 24 行`, row by row. */
function blankPlaces(index: FormatIndex, cells: readonly CellFact[]): string {
  const rows = new Map<string, string[]>();
  for (const cell of cells) {
    const row = rowPlace(index, cell);
    rows.set(row, [...(rows.get(row) ?? []), `“${cell.columnLabel}”`]);
  }
  const named = [...rows].slice(0, LISTED_ROWS).map(([row, columns]) => {
    const shown = columns.slice(0, LISTED_COLUMNS).join('');
    return `${row}的${shown}${columns.length > LISTED_COLUMNS ? `等 ${columns.length} ` : ''}列`;
  });
  return `${named.join('；')}${rows.size > LISTED_ROWS ? ` 等 ${rows.size} 行` : ''}`;
}

export const cellInvalid = defineRule({
  id: 'CELL-INVALID',
  severity: 'error',
  description: '每一格须为有效数字：件数为非负整数，本年增/减为整数，金额为非负数（最多6位小数）。',
  reads: (index) => index.cells.map((c) => c.address),
  run: ({ report, index, evaluation }) => {
    const findings: Finding[] = [];
    const at = (address: string, shown: string, parsed: { state: string; message?: string }) => {
      const cell = index.byAddress.get(address);
      if (parsed.state === 'invalid' && cell) {
        findings.push({
          addresses: [address],
          message: `${cellPlace(index, cell)}填写的“${shown.trim()}”有误：${parsed.message}。`,
        });
      }
    };
    for (const [address, parsed] of evaluation.inputs)
      at(address, report.cells[address] ?? '', parsed);
    for (const [address, parsed] of evaluation.stated)
      at(address, report.stated[address] ?? '', parsed);
    return findings;
  },
});

export const cellBlank = defineRule({
  id: 'CELL-BLANK',
  severity: 'error',
  description: '空白不等于0：每一格都要填写，没有发生的填0。',
  reads: (index) => index.inputs.map((c) => c.address),
  run: ({ index, evaluation }) =>
    TABLES.flatMap((table) => {
      const blank = index.inputs.filter(
        (c) => c.table === table && evaluation.inputs.get(c.address)?.state === 'blank',
      );
      if (blank.length === 0) return [];
      return [
        {
          addresses: blank.map((c) => c.address),
          message: `表${table}有 ${blank.length} 格未填（空白不等于0，没有发生的请填0）：${blankPlaces(index, blank)}。`,
        },
      ];
    }),
});

/** The cells a total sums, in words: `本行自然人、商业企业…6列` or `本列（一）至（六）各项`. */
function addendsOf(index: FormatIndex, total: CellFact): string {
  const addends = (total.sumOf ?? []).flatMap((a) => index.byAddress.get(a) ?? []);
  if (addends.every((a) => a.rowId === total.rowId)) {
    const columns = addends.map((a) => a.columnLabel);
    return columns.length <= 4 ? `本栏${columns.join('、')}` : `本行${columns.length}类申请人`;
  }
  return `本列“${table3RowLabel(index, addends[0]?.rowId ?? '')}”至“${table3RowLabel(index, addends.at(-1)?.rowId ?? '')}”${addends.length}项`;
}

export const totalStated = defineRule({
  id: 'TOTAL-STATED',
  severity: 'error',
  description: '报告中写的合计数须等于各项之和（三的总计列和（七）总计行、四的三个总计）。',
  reads: (index) => index.computed.map((c) => c.address),
  run: ({ index, evaluation }) =>
    index.computed.flatMap((cell): Finding[] => {
      const stated = evaluation.stated.get(cell.address);
      const sum = evaluation.derived.get(cell.address);
      if (!stated || stated.state === 'invalid' || sum === null || sum === undefined) return [];
      const shown = stated.state === 'ok' ? stated.value : null;
      if (shown === sum) return [];
      const addends = cell.sumOf ?? [];
      const place = cellPlace(index, cell);
      const parts = addendsOf(index, cell);
      return [
        {
          addresses: [cell.address, ...addends],
          message:
            shown === null
              ? `${place}是合计，报告中为空，按${parts}相加应为 ${sum} 件。`
              : `${place}报告中为 ${shown} 件，但${parts}相加为 ${sum} 件，${moreOrLess(shown - sum)}。`,
        },
      ];
    }),
});

const BALANCE_ROWS = ['received', 'carriedIn', 'outcomeTotal', 'carriedOut'] as const;

/** Per column of 三, the four cells of the 勾稽关系: 一, 二, （七）总计, 四 (compiled once per format). */
const balanceCells = perIndex((index: FormatIndex) =>
  index.spec.table3.columns.map((column) => ({
    column,
    cells: BALANCE_ROWS.map((row) => index.address('三', row, column.id)),
  })),
);

type Balance = ReturnType<typeof balanceCells>[number];

/** 一 + 二 − （七）总计 − 四 of a column: 0 when it holds, null while a figure is unknown. */
const excess = ({ cells }: Balance, evaluation: Evaluation): number | null => {
  const values = cells.map(evaluation.value);
  if (!known(values)) return null;
  const [a = 0, b = 0, t = 0, d = 0] = values;
  return a + b - (t + d);
};

/**
 * The cell of an unbalanced column most likely wrong, when the user's last edit does not say
 * (check() prefers that): 二 when it is not last year's 四 (it should have been carried); a
 * published total that is not the sum of its parts; else （七）总计 — 一 and 二 are single figures
 * copied from the register and last year's report, while the outcomes are spread over twenty rows
 * where one is easily missed or counted twice. 总计 is the sum of the other columns, so its
 * imbalance points into the first applicant column that does not balance.
 */
function likelyCell(balance: Balance, context: RuleContext): string {
  const { index, evaluation, lastYear } = context;
  const [received = '', carriedIn = '', outcomeTotal = '', carriedOut = ''] = balance.cells;
  if (balance.column.sumOfOthers) {
    const off = balanceCells(index).find(
      (b) => !b.column.sumOfOthers && (excess(b, evaluation) ?? 0) !== 0,
    );
    if (off) return likelyCell(off, context);
  } else if (lastYear && lastYear.index.has('三', 'carriedOut', balance.column.id)) {
    const before = lastYear.evaluation.value(
      lastYear.index.address('三', 'carriedOut', balance.column.id),
    );
    if (before !== null && before !== evaluation.value(carriedIn)) return carriedIn;
  }
  const misstated = [received, outcomeTotal, carriedOut].find(
    (a) => evaluation.stated.has(a) && evaluation.value(a) !== evaluation.derived.get(a),
  );
  return misstated ?? outcomeTotal;
}

export const table3Balance = defineRule({
  id: 'T3-BALANCE',
  severity: 'error',
  description:
    '表三每一列：第一项加第二项之和，等于第三项加第四项之和（一 + 二 = （七）总计 + 四）。',
  reads: (index) => balanceCells(index).flatMap((b) => b.cells),
  run: (context) => {
    const { index, evaluation } = context;
    const label = (row: string) => `“${table3RowLabel(index, row)}”`;
    const [one, two, total, four] = BALANCE_ROWS.map(label);
    return balanceCells(index).flatMap((balance): Finding[] => {
      const { column, cells } = balance;
      const values = cells.map(evaluation.value);
      if (!known(values)) return [];
      const [a = 0, b = 0, t = 0, d = 0] = values;
      if (a + b === t + d) return [];
      return [
        {
          addresses: cells,
          likely: likelyCell(balance, context),
          message:
            `表三“${column.label}”列不平衡：${one}${a} 件加${two}${b} 件，共 ${a + b} 件；` +
            `${total}${t} 件加${four}${d} 件，共 ${t + d} 件，比前两项${moreOrLess(t + d - (a + b))}。`,
        },
      ];
    });
  },
});

export const tableRules = [cellInvalid, cellBlank, totalStated, table3Balance] as const;
