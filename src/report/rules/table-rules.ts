/**
 * Rules inside the tables (spec §3): every cell a valid figure, no blank cells, the published
 * totals equal to their sums, and table 三's official 勾稽关系 一 + 二 = （七）总计 + 四 per column.
 */
import { perIndex } from '../memo';
import type { FormatIndex, TableId } from '../spec';
import type { Finding, Rule } from './rule';
import { known } from './known';

const TABLES: readonly TableId[] = ['二', '三', '四'];
const LISTED = 5;

const listOf = (addresses: readonly string[]) =>
  addresses.length > LISTED
    ? `${addresses.slice(0, LISTED).join('、')} 等 ${addresses.length} 格`
    : addresses.join('、');

export const cellInvalid: Rule = {
  id: 'CELL-INVALID',
  severity: 'error',
  description: '每一格须为有效数字：件数为非负整数，本年增/减为整数，金额为非负数（最多6位小数）。',
  reads: (index) => index.cells.map((c) => c.address),
  run: ({ report, evaluation }) => {
    const findings: Finding[] = [];
    const at = (address: string, shown: string, parsed: { state: string; message?: string }) => {
      if (parsed.state === 'invalid') {
        findings.push({
          addresses: [address],
          message: `${address}：填写的“${shown.trim()}”有误，${parsed.message}。`,
        });
      }
    };
    for (const [address, parsed] of evaluation.inputs)
      at(address, report.cells[address] ?? '', parsed);
    for (const [address, parsed] of evaluation.stated)
      at(address, report.stated[address] ?? '', parsed);
    return findings;
  },
};

export const cellBlank: Rule = {
  id: 'CELL-BLANK',
  severity: 'error',
  description: '空白不等于0：每一格都要填写，没有发生的填0。',
  reads: (index) => index.inputs.map((c) => c.address),
  run: ({ index, evaluation }) =>
    TABLES.flatMap((table) => {
      const blank = index.inputs
        .filter((c) => c.table === table && evaluation.inputs.get(c.address)?.state === 'blank')
        .map((c) => c.address);
      if (blank.length === 0) return [];
      return [
        {
          addresses: blank,
          message: `表${table}有 ${blank.length} 格未填（空白不等于0，没有发生的请填0）：${listOf(blank)}。`,
        },
      ];
    }),
};

export const totalStated: Rule = {
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
      return [
        {
          addresses: [cell.address, ...addends],
          message:
            shown === null
              ? `${cell.address} 是合计格，报告中为空，按各项相加应为 ${sum}。`
              : `${cell.address} 报告中为 ${shown}，但各项相加为 ${sum}，相差 ${shown - sum}。`,
        },
      ];
    }),
};

/** Per column of 三, the four cells of the 勾稽关系: 一, 二, （七）总计, 四 (compiled once per format). */
const balanceCells = perIndex((index: FormatIndex) =>
  index.spec.table3.columns.map((column) => ({
    column,
    cells: ['received', 'carriedIn', 'outcomeTotal', 'carriedOut'].map((row) =>
      index.address('三', row, column.id),
    ),
  })),
);

export const table3Balance: Rule = {
  id: 'T3-BALANCE',
  severity: 'error',
  description:
    '表三每一列：第一项加第二项之和，等于第三项加第四项之和（一 + 二 = （七）总计 + 四）。',
  reads: (index) => balanceCells(index).flatMap((b) => b.cells),
  run: ({ index, evaluation }) =>
    balanceCells(index).flatMap(({ column, cells }): Finding[] => {
      const values = cells.map(evaluation.value);
      if (!known(values)) return [];
      const [a = 0, b = 0, t = 0, d = 0] = values;
      if (a + b === t + d) return [];
      return [
        {
          addresses: cells,
          message:
            `表三“${column.label}”列不平衡：一（本年新收 ${a}）+ 二（上年结转 ${b}）= ${a + b}，` +
            `但（七）总计 ${t} + 四（结转下年度 ${d}）= ${t + d}，相差 ${a + b - (t + d)}。`,
        },
      ];
    }),
};

export const tableRules: readonly Rule[] = [cellInvalid, cellBlank, totalStated, table3Balance];
