/**
 * Rules that compare the free text with the tables, and the conventions reviewers check in 五 and
 * 六 (spec §3, "across sections"). All warnings: the text is free, the user may confirm.
 */
import { metaAddress, textAddress } from '../fields';
import { lastArgument } from '../memo';
import type { FormatIndex } from '../spec';
import { NO_FEE_SENTENCE, metaFields, textSectionIds } from '../spec';
import {
  applicationPart,
  isNone,
  mentionsProcessingFee,
  placeholderIn,
  quotedApplicationCounts,
  reportsFeeNotices,
  reviewMention,
  saysNoApplications,
} from '../text-heuristics';
import { cellPlace, sectionPlace } from '../place-names';
import { defineRule } from './rule';
import type { Finding } from './rule';

/** The text is unchanged by every keystroke typed into a table: read it once per edit of it. */
const readApplications = lastArgument((text: string) => {
  const part = applicationPart(text);
  return { text: part, saysNone: saysNoApplications(part), quoted: quotedApplicationCounts(part) };
});
const readReviewMention = lastArgument(reviewMention);

const ONE = textAddress('一');
const FIVE = textAddress('五');
const SIX = textAddress('六');

const received = (index: FormatIndex) => index.address('三', 'received', 'total');
const carriedIn = (index: FormatIndex) => index.address('三', 'carriedIn', 'total');
/** A cell in the form's words, by address (rules hold addresses; messages name places). */
const placeAt = (index: FormatIndex, address: string) => {
  const cell = index.byAddress.get(address);
  return cell ? cellPlace(index, cell) : address;
};

const caseTotals = (index: FormatIndex) =>
  index.spec.table4.groups.map((g) => index.address('四', g.id, 'total'));

export const applicationText = defineRule({
  id: 'X-APPLY-TEXT',
  severity: 'warning',
  description:
    '一的依申请公开部分应与表三一致：说未收到申请时，本年新收总计应为0；写出的件数应与表三相同。',
  reads: (index) => [ONE, received(index)],
  run: ({ report, index, evaluation }) => {
    const total = evaluation.value(received(index));
    if (total === null) return [];
    const part = readApplications(report.texts['一']);
    if (!part.text) return [];
    const addresses = [ONE, received(index)];
    const where = placeAt(index, received(index));
    if (total > 0 && part.saysNone) {
      return [
        {
          addresses,
          message: `正文${sectionPlace('一')}说本年没有收到依申请公开申请，但${where}为 ${total} 件。`,
        },
      ];
    }
    const quoted = part.quoted;
    const withCarried = total + (evaluation.value(carriedIn(index)) ?? 0);
    if (quoted.length === 0 || quoted.some((n) => n === total || n === withCarried)) return [];
    return [
      {
        addresses,
        message: `正文${sectionPlace('一')}写的申请件数（${quoted.join('、')} 件）与${where}的 ${total} 件不一致。`,
      },
    ];
  },
});

export const reviewText = defineRule({
  id: 'X-REVIEW-TEXT',
  severity: 'warning',
  description: '正文对行政复议、行政诉讼的表述应与表四一致。',
  reads: (index) => [ONE, ...caseTotals(index)],
  run: ({ report, index, evaluation }) => {
    const totals = caseTotals(index).map(evaluation.value);
    if (totals.some((t) => t === null)) return [];
    const cases = totals.reduce<number>((sum, t) => sum + (t ?? 0), 0);
    const mention = readReviewMention(textSectionIds.map((id) => report.texts[id]).join('\n'));
    const addresses = [ONE, ...caseTotals(index)];
    if (cases > 0 && mention !== 'cases-stated') {
      const said = mention === 'none-stated' ? '写明没有' : '没有提到';
      return [
        {
          addresses,
          message: `表四有 ${cases} 件行政复议、行政诉讼，但正文${said}行政复议、行政诉讼情况。`,
        },
      ];
    }
    if (cases === 0 && mention === 'cases-stated') {
      return [{ addresses, message: '正文提到了行政复议或行政诉讼案件，但表四全部为0。' }];
    }
    return [];
  },
});

/**
 * 三 row 22 (2021: closed because the applicant did not pay the notified fee) total, when the
 * format has that row. 表二（八）行政事业性收费 is the body's administrative fees, unrelated to
 * 信息处理费, so it implies nothing about 六 (spec §3).
 */
const feeUnpaidTotal = (index: FormatIndex): string | null =>
  index.has('三', 'feeUnpaid', 'total') ? index.address('三', 'feeUnpaid', 'total') : null;

export const feeText = defineRule({
  id: 'X-FEE-TEXT',
  severity: 'warning',
  description:
    '表三有因申请人逾期未缴纳信息处理费而不再处理的申请时，说明发出过收费通知，六应写明信息处理费收费通知情况。',
  reads: (index) => [SIX, ...(feeUnpaidTotal(index) ? [feeUnpaidTotal(index) ?? ''] : [])],
  run: ({ report, index, evaluation }) => {
    const cell = feeUnpaidTotal(index);
    const closed = cell ? (evaluation.value(cell) ?? 0) : 0;
    if (!cell || closed === 0 || reportsFeeNotices(report.texts['六'])) return [];
    return [
      {
        addresses: [SIX, cell],
        message:
          `${placeAt(index, cell)}有 ${closed} 件：申请人逾期未按收费通知缴纳费用，说明本年发出过信息处理费收费通知，` +
          `但正文${sectionPlace('六')}没有写明发出收费通知的件数和收费情况。`,
      },
    ];
  },
});

/** A 五 shorter than this (characters, spaces ignored) cannot hold problems and measures. */
const FIVE_MIN_LENGTH = 30;

export const fiveShort = defineRule({
  id: 'X-FIVE-SHORT',
  severity: 'warning',
  description: '五应写明存在的主要问题和改进情况，不能为空、“无”或过于简短。',
  reads: () => [FIVE],
  run: ({ report }) => {
    const text = report.texts['五'];
    const length = text.replace(/[\s\u3000]/g, '').length;
    if (!isNone(text) && length >= FIVE_MIN_LENGTH) return [];
    const what = length === 0 ? '为空' : isNone(text) ? '只写了“无”' : `只有 ${length} 个字`;
    return [
      {
        addresses: [FIVE],
        message: `正文${sectionPlace('五')}${what}，应写明存在的主要问题和改进情况。`,
      },
    ];
  },
});

export const sixFee = defineRule({
  id: 'X-SIX-FEE',
  severity: 'warning',
  description: '2021年格式：六应说明信息处理费情况，未收费也要写明。',
  reads: () => [SIX],
  run: ({ report }) =>
    report.format !== '2021' || mentionsProcessingFee(report.texts['六'])
      ? []
      : [
          {
            addresses: [SIX],
            message: `正文${sectionPlace('六')}没有说明信息处理费情况。未收费也应写明，如“${NO_FEE_SENTENCE}”`,
          },
        ],
});

export const placeholder = defineRule({
  id: 'X-PLACEHOLDER',
  severity: 'warning',
  description: '正文和标题中不应留有模板或占位文字（XX、请填写、此处填写等）。',
  reads: () => [...textSectionIds.map(textAddress), ...metaFields.map((f) => metaAddress(f.id))],
  run: ({ report }) => {
    const findings: Finding[] = [];
    for (const field of metaFields) {
      const found = placeholderIn(report.meta[field.id]);
      if (found)
        findings.push({
          addresses: [metaAddress(field.id)],
          message: `“${field.label}”中留有占位文字“${found}”。`,
        });
    }
    for (const id of textSectionIds) {
      const found = placeholderIn(report.texts[id]);
      if (found)
        findings.push({
          addresses: [textAddress(id)],
          message: `正文${sectionPlace(id)}中留有模板或占位文字“${found}”，请改写。`,
        });
    }
    return findings;
  },
});

export const textRules = [
  applicationText,
  reviewText,
  feeText,
  fiveShort,
  sixFee,
  placeholder,
] as const;
