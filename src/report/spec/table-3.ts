/**
 * Table 三、收到和处理政府信息公开申请情况 — the applicant-by-outcome grid. Row numbers in addresses
 * (`三/24/总计`) are positions among the numeric rows, so they are not written here: adding a row is
 * one edit and every later address follows (spec §7).
 */
import type { GridColumn, GridGroup, GridNode, GridRow, Table3Spec } from './types';

/** Ids are kept as literal types (`const` parameters), so formats.ts can derive their unions. */
const row = <const Id extends string>(id: Id, label: string): GridRow<Id, never> => ({
  type: 'row',
  id,
  label,
});
/** A row that totals every numeric row of a group. */
const totalRow = <const Id extends string, const Group extends string>(
  id: Id,
  label: string,
  sumOfGroup: Group,
): GridRow<Id, Group> => ({ type: 'row', id, label, sumOfGroup });
const group = <const Id extends string, const Children extends readonly GridNode[]>(
  id: Id,
  label: string,
  children: Children,
) => ({ type: 'group', id, label, children }) as const satisfies GridGroup;

const LEGAL_PERSONS = '法人或其他组织';

/** `自然人`, then under `法人或其他组织` five kinds, then `总计` (no subtotal for the group). */
const columns = [
  { id: 'natural', label: '自然人' },
  { id: 'commercial', label: '商业企业', group: LEGAL_PERSONS },
  { id: 'research', label: '科研机构', group: LEGAL_PERSONS },
  { id: 'publicInterest', label: '社会公益组织', group: LEGAL_PERSONS },
  { id: 'legalService', label: '法律服务机构', group: LEGAL_PERSONS },
  { id: 'other', label: '其他', group: LEGAL_PERSONS },
  { id: 'total', label: '总计', sumOfOthers: true },
] as const satisfies readonly GridColumn[];

const refused = group('refused', '（三）不予公开', [
  row('stateSecret', '1.属于国家秘密'),
  row('lawForbids', '2.其他法律行政法规禁止公开'),
  row('endangersSafety', '3.危及“三安全一稳定”'),
  row('thirdParty', '4.保护第三方合法权益'),
  row('internalAffairs', '5.属于三类内部事务信息'),
  row('processInfo', '6.属于四类过程性信息'),
  row('enforcementFile', '7.属于行政执法案卷'),
  row('queryMatter', '8.属于行政查询事项'),
]);

const unable = group('unable', '（四）无法提供', [
  row('notHeld', '1.本机关不掌握相关政府信息'),
  row('needsCreation', '2.没有现成信息需要另行制作'),
  row('stillUnclear', '3.补正后申请内容仍不明确'),
]);

const notProcessed = group('notProcessed', '（五）不予处理', [
  row('petition', '1.信访举报投诉类申请'),
  row('repeated', '2.重复申请'),
  row('publication', '3.要求提供公开出版物'),
  row('massRepeated', '4.无正当理由大量反复申请'),
  row('confirmation', '5.要求行政机关确认或重新出具已获取信息'),
]);

const NOTE = '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）';

/** The （七）总计 row totals every numeric row of the 三、本年度办理结果 group. */
const outcomes = <const Other extends GridNode>(otherHandling: Other) =>
  group('outcomes', '三、本年度办理结果', [
    row('granted', '（一）予以公开'),
    row('partlyGranted', '（二）部分公开（区分处理的，只计这一情形，不计其他情形）'),
    refused,
    unable,
    notProcessed,
    otherHandling,
    totalRow('outcomeTotal', '（七）总计', 'outcomes'),
  ]);

const table3 = <const Other extends GridNode>(otherHandling: Other) =>
  ({
    id: '三',
    note: NOTE,
    header: '申请人情况',
    columns,
    rows: [
      row('received', '一、本年新收政府信息公开申请数量'),
      row('carriedIn', '二、上年结转政府信息公开申请数量'),
      outcomes(otherHandling),
      row('carriedOut', '四、结转下年度继续办理'),
    ],
  }) as const satisfies Table3Spec;

/** 2021: （六）其他处理 splits into three rows — 25 numeric rows, 175 cells. */
export const table3Format2021 = table3(
  group('otherHandling', '（六）其他处理', [
    row('noCorrection', '1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请'),
    row('feeUnpaid', '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请'),
    row('otherOther', '3.其他'),
  ]),
);

/** 2019: （六）其他处理 is one numeric row — 23 numeric rows, 161 cells. */
export const table3Format2019 = table3(row('otherHandling', '（六）其他处理'));
