/**
 * Rules across years (spec §3, "across years"): they run only when last year's report is loaded,
 * and compare by row and column ids, so a 2019-format report can be last year's of a 2021 one.
 */
import { textAddress } from '../fields';
import type { FormatIndex } from '../spec';
import { textSectionIds } from '../spec';
import { comparableText } from '../text-heuristics';
import { known } from './known';
import type { Finding, Rule } from './rule';

const applicantColumns = (index: FormatIndex) =>
  index.spec.table3.columns.filter((c) => !c.sumOfOthers);

export const carryIn: Rule = {
  id: 'Y-CARRY-IN',
  severity: 'warning',
  description: '本年“二、上年结转”应等于上年报告的“四、结转下年度继续办理”，逐列相同。',
  reads: (index) => applicantColumns(index).map((c) => index.address('三', 'carriedIn', c.id)),
  run: ({ index, evaluation, lastYear }) => {
    if (!lastYear) return [];
    return applicantColumns(index).flatMap((column): Finding[] => {
      const here = index.address('三', 'carriedIn', column.id);
      const now = evaluation.value(here);
      const before = lastYear.evaluation.value(
        lastYear.index.address('三', 'carriedOut', column.id),
      );
      if (now === null || before === null || now === before) return [];
      return [
        {
          addresses: [here],
          message: `“${column.label}”列上年结转为 ${now}，但上年报告结转下年度为 ${before}，相差 ${now - before}。`,
        },
      ];
    });
  },
};

const DOC_ROWS = ['rules', 'normativeDocs'] as const;

export const documentsInForce: Rule = {
  id: 'Y-DOCS-IN-FORCE',
  severity: 'warning',
  description:
    '2021年格式：现行有效件数 = 上年现行有效件数 + 本年制发件数 − 本年废止件数（文件到期失效未废止时可以不等）。',
  reads: (index) =>
    index.has('二', 'rules', 'inForce')
      ? DOC_ROWS.map((row) => index.address('二', row, 'inForce'))
      : [],
  run: ({ index, evaluation, lastYear }) => {
    if (
      !lastYear ||
      !index.has('二', 'rules', 'inForce') ||
      !lastYear.index.has('二', 'rules', 'inForce')
    ) {
      return [];
    }
    return DOC_ROWS.flatMap((row): Finding[] => {
      const [inForce, issued, repealed] = ['inForce', 'issued', 'repealed'].map((c) =>
        index.address('二', row, c),
      );
      const last = lastYear.evaluation.value(lastYear.index.address('二', row, 'inForce'));
      const values = [last, ...[inForce, issued, repealed].map((a) => evaluation.value(a ?? ''))];
      if (!known(values)) return [];
      const [before = 0, now = 0, plus = 0, minus = 0] = values;
      const expected = before + plus - minus;
      if (now === expected) return [];
      const label = index.byAddress.get(inForce ?? '')?.rowLabel ?? row;
      return [
        {
          addresses: [inForce, issued, repealed].filter((a): a is string => Boolean(a)),
          message:
            `${label}现行有效件数为 ${now}，按上年 ${before} + 本年制发 ${plus} − 本年废止 ${minus} 应为 ${expected}` +
            `（如有文件到期失效而未废止，可确认后保留）。`,
        },
      ];
    });
  },
};

export const itemsBaseline: Rule = {
  id: 'Y-ITEMS-BASE',
  severity: 'warning',
  description: '2019年格式：上一年项目数量 = 上年报告的上一年项目数量 + 上年本年增/减。',
  reads: (index) =>
    index.inputs.filter((c) => c.columnId === 'lastYearItems').map((c) => c.address),
  run: ({ index, evaluation, lastYear }) => {
    if (!lastYear) return [];
    return index.inputs
      .filter((c) => c.columnId === 'lastYearItems')
      .flatMap((cell): Finding[] => {
        if (
          !lastYear.index.has('二', cell.rowId, 'lastYearItems') ||
          !lastYear.index.has('二', cell.rowId, 'change')
        ) {
          return [];
        }
        const base = lastYear.evaluation.value(
          lastYear.index.address('二', cell.rowId, 'lastYearItems'),
        );
        const change = lastYear.evaluation.value(
          lastYear.index.address('二', cell.rowId, 'change'),
        );
        const now = evaluation.value(cell.address);
        if (base === null || change === null || now === null || now === base + change) return [];
        return [
          {
            addresses: [cell.address],
            message: `${cell.rowLabel}上一年项目数量为 ${now}，按上年 ${base} 加上年增减 ${change} 应为 ${base + change}。`,
          },
        ];
      });
  },
};

export const textSame: Rule = {
  id: 'Y-TEXT-SAME',
  severity: 'warning',
  description: '正文不应与上年报告完全相同（内容雷同）。',
  reads: () => textSectionIds.map(textAddress),
  run: ({ report, lastYear }) => {
    if (!lastYear) return [];
    return textSectionIds.flatMap((id): Finding[] => {
      const now = comparableText(report.texts[id]);
      if (!now || now !== comparableText(lastYear.report.texts[id])) return [];
      return [
        {
          addresses: [textAddress(id)],
          message: `${id}的内容与上年报告完全相同，请按本年情况改写。`,
        },
      ];
    });
  },
};

export const yearRules: readonly Rule[] = [carryIn, documentsInForce, itemsBaseline, textSame];
