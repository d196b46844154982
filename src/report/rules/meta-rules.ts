/** Rules on the title, body and format (spec §3, "across sections"). */
import { FORMAT_FIELD, YEAR_FIELD, metaAddress } from '../fields';
import { formatForYear, formatSpecs } from '../spec';
import { periodYears } from '../text-heuristics';
import { withoutSpaces } from '../spaces';
import { yearsIn } from '../years';
import { defineRule } from './rule';

const TITLE = metaAddress('title');
const BODY = metaAddress('body');
const PREFACE = metaAddress('preface');

export const bodyMissing = defineRule({
  id: 'M-BODY-MISSING',
  severity: 'error',
  description: '须写明机关全称。',
  reads: () => [BODY],
  run: ({ report }) =>
    withoutSpaces(report.meta.body) ? [] : [{ addresses: [BODY], message: '没有填写机关全称。' }],
});

export const formatYear = defineRule({
  id: 'M-FORMAT-YEAR',
  severity: 'warning',
  description:
    '2021年及以后的报告用2021年格式（国办公开办函〔2021〕30号），2019、2020年的报告用2019年格式。',
  reads: () => [FORMAT_FIELD, YEAR_FIELD],
  run: ({ report }) => {
    const expected = formatForYear(report.meta.year);
    if (expected === report.format) return [];
    return [
      {
        addresses: [FORMAT_FIELD, YEAR_FIELD],
        message:
          `${report.meta.year}年度的报告应使用${expected}年格式（${formatSpecs[expected].notice}），` +
          `本报告使用的是${report.format}年格式。`,
      },
    ];
  },
});

export const titleMissing = defineRule({
  id: 'M-TITLE-MISSING',
  severity: 'warning',
  description: '报告应有标题：<机关全称><年份>年政府信息公开工作年度报告。',
  reads: () => [TITLE],
  run: ({ report }) =>
    withoutSpaces(report.meta.title) ? [] : [{ addresses: [TITLE], message: '报告没有标题。' }],
});

export const titleYear = defineRule({
  id: 'M-TITLE-YEAR',
  severity: 'warning',
  description: '标题中的年份应为报告年度。',
  reads: () => [TITLE, YEAR_FIELD],
  run: ({ report }) => {
    const { title, year } = report.meta;
    if (!withoutSpaces(title)) return [];
    const years = yearsIn(title);
    if (years.includes(year)) return [];
    return [
      {
        addresses: [TITLE, YEAR_FIELD],
        message:
          years.length === 0
            ? `标题中没有写年份，应写明“${year}年”。`
            : `标题中的年份（${years.join('、')}年）与报告年度 ${year} 年不一致。`,
      },
    ];
  },
});

export const titleBody = defineRule({
  id: 'M-TITLE-BODY',
  severity: 'warning',
  description: '标题中应写明机关全称。',
  reads: () => [TITLE, BODY],
  run: ({ report }) => {
    const title = withoutSpaces(report.meta.title);
    const body = withoutSpaces(report.meta.body);
    if (!title || !body || title.includes(body)) return [];
    return [{ addresses: [TITLE, BODY], message: `标题中没有机关全称“${body}”。` }];
  },
});

/**
 * A 前言 carried from last year, or copied from another report, still states that year's period
 * (spec §3: "The 前言's 统计期限 or any year it states for the period is not the report's year").
 */
export const prefacePeriod = defineRule({
  id: 'M-PREFACE-PERIOD',
  severity: 'warning',
  description: '前言写的统计期限应为报告年度的1月1日至12月31日。',
  reads: () => [PREFACE],
  run: ({ report }) => {
    const { year } = report.meta;
    const others = [...new Set(periodYears(report.meta.preface))].filter((y) => y !== year);
    if (others.length === 0) return [];
    return [
      {
        addresses: [PREFACE],
        message:
          `前言写的统计期限是${others.join('、')}年，但本报告是${year}年度的报告，` +
          `统计期限应为${year}年1月1日至${year}年12月31日。`,
      },
    ];
  },
});

export const metaRules = [
  bodyMissing,
  formatYear,
  titleMissing,
  prefacePeriod,
  titleYear,
  titleBody,
] as const;
