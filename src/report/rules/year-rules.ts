/**
 * Rules across years (spec §3, "across years"): they run only when last year's report is loaded,
 * and compare the cells carry-links.ts declares, by ids, so a 2019-format report can be last year's
 * of a 2021 one.
 */
import { carryLinks, expectedValue } from '../carry';
import type { CarryLink, CarryRuleId } from '../carry';
import { textAddress } from '../fields';
import type { FormatIndex } from '../spec';
import { formatIds, formatIndex, textSectionIds } from '../spec';
import { comparableText } from '../text-heuristics';
import { cellPlace, moreOrLess, placeOf, sectionPlace, unitOf } from '../place-names';
import { defineRule } from './rule';
import type { Finding, RuleContext } from './rule';

/** The links `rule` compares between last year's report and this one (carry-links.ts). */
const linksOf = (rule: CarryRuleId, { index, lastYear }: RuleContext): readonly CarryLink[] =>
  lastYear ? carryLinks(lastYear.index, index).filter((l) => l.rule === rule) : [];

/**
 * Every cell `rule` may point at in this format, whatever last year's format was: each link's own
 * cell and the cells of this year it adds or takes away.
 */
const targetsOf = (rule: CarryRuleId, index: FormatIndex): string[] => [
  ...new Set(
    formatIds.flatMap((id) =>
      carryLinks(formatIndex(id), index)
        .filter((l) => l.rule === rule)
        .flatMap((l) => [l.to, ...l.plus, ...l.minus]),
    ),
  ),
];

/** Last year's figure a link expects here, or null while any figure it needs is unknown. */
const expected = (link: CarryLink, { evaluation, lastYear }: RuleContext): number | null =>
  lastYear ? expectedValue(link, lastYear.evaluation.value, evaluation.value) : null;

const signed = (n: number | null | undefined) => (n && n > 0 ? `+${n}` : String(n ?? ''));

export const carryIn = defineRule({
  id: 'Y-CARRY-IN',
  severity: 'warning',
  description: '本年“二、上年结转”应等于上年报告的“四、结转下年度继续办理”，逐列相同。',
  reads: (index) => targetsOf('Y-CARRY-IN', index),
  run: (context) =>
    linksOf('Y-CARRY-IN', context).flatMap((link): Finding[] => {
      const now = context.evaluation.value(link.to);
      const before = expected(link, context);
      if (now === null || before === null || now === before) return [];
      const from = link.from[0] ?? '';
      const lastCell = context.lastYear?.index.byAddress.get(from);
      const source =
        lastCell && context.lastYear
          ? `上年报告${cellPlace(context.lastYear.index, lastCell)}`
          : '上年报告';
      return [
        {
          addresses: [link.to],
          message: `${placeOf(context.index, link.to)}为 ${now} 件，但${source}为 ${before} 件，${moreOrLess(now - before)}。`,
        },
      ];
    }),
});

export const documentsInForce = defineRule({
  id: 'Y-DOCS-IN-FORCE',
  severity: 'warning',
  description:
    '2021年格式：现行有效件数 = 上年现行有效件数 + 本年制发件数 − 本年废止件数（文件到期失效未废止时可以不等）。',
  reads: (index) => targetsOf('Y-DOCS-IN-FORCE', index),
  run: (context) =>
    linksOf('Y-DOCS-IN-FORCE', context).flatMap((link): Finding[] => {
      const { evaluation, lastYear } = context;
      const now = evaluation.value(link.to);
      const shouldBe = expected(link, context);
      if (!lastYear || now === null || shouldBe === null || now === shouldBe) return [];
      const [before, plus, minus] = [
        lastYear.evaluation.value(link.from[0] ?? ''),
        evaluation.value(link.plus[0] ?? ''),
        evaluation.value(link.minus[0] ?? ''),
      ];
      const cell = context.index.byAddress.get(link.to);
      const unit = cell ? unitOf(cell) : '件';
      return [
        {
          addresses: [link.to, ...link.plus, ...link.minus],
          message:
            `${placeOf(context.index, link.to)}为 ${now} ${unit}，按上年现行有效 ${before} ${unit}加本年制发 ${plus} ${unit}、减本年废止 ${minus} ${unit}，应为 ${shouldBe} ${unit}，${moreOrLess(now - shouldBe, unit)}` +
            `（如有文件到期失效而未废止，可确认后保留）。`,
        },
      ];
    }),
});

export const itemsBaseline = defineRule({
  id: 'Y-ITEMS-BASE',
  severity: 'warning',
  description: '2019年格式：上一年项目数量 = 上年报告的上一年项目数量 + 上年本年增/减。',
  reads: (index) => targetsOf('Y-ITEMS-BASE', index),
  run: (context) =>
    linksOf('Y-ITEMS-BASE', context).flatMap((link): Finding[] => {
      const now = context.evaluation.value(link.to);
      const shouldBe = expected(link, context);
      if (now === null || shouldBe === null || now === shouldBe) return [];
      const [base, change] = link.from.map((a) => context.lastYear?.evaluation.value(a));
      const cell = context.index.byAddress.get(link.to);
      const unit = cell ? unitOf(cell) : '项';
      return [
        {
          addresses: [link.to],
          message: `${placeOf(context.index, link.to)}为 ${now} ${unit}，按上年报告的上一年项目数量 ${base} ${unit}加上年的本年增/减 ${signed(change)}，应为 ${shouldBe} ${unit}，${moreOrLess(now - shouldBe, unit)}。`,
        },
      ];
    }),
});

export const textSame = defineRule({
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
          message: `正文${sectionPlace(id)}与上年报告完全相同，请按本年情况改写。`,
        },
      ];
    });
  },
});

export const yearRules = [carryIn, documentsInForce, itemsBaseline, textSame] as const;
