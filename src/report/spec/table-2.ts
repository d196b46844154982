/**
 * Table 二、主动公开政府信息情况 (条例第二十条 items). Each block prints a full-width header naming the
 * item, then a header row starting `信息内容`. Labels are the official ones of each notice.
 */
import type { ItemColumn, Table2Spec } from './types';

const decisions2021 = {
  id: 'decisions',
  label: '本年处理决定数量',
  kind: 'count',
} as const satisfies ItemColumn;

/** 国办公开办函〔2021〕30号 — 6 rows, 10 numeric cells. */
export const table2Format2021 = {
  id: '二',
  blocks: [
    {
      id: 'documents',
      item: '（一）',
      heading: '第二十条第（一）项',
      columns: [
        { id: 'issued', label: '本年制发件数', kind: 'count' },
        { id: 'repealed', label: '本年废止件数', kind: 'count' },
        { id: 'inForce', label: '现行有效件数', kind: 'count' },
      ],
      rows: [
        { id: 'rules', label: '规章' },
        { id: 'normativeDocs', label: '行政规范性文件' },
      ],
    },
    {
      id: 'licensing',
      item: '（五）',
      heading: '第二十条第（五）项',
      columns: [decisions2021],
      rows: [{ id: 'licensing', label: '行政许可' }],
    },
    {
      id: 'enforcement',
      item: '（六）',
      heading: '第二十条第（六）项',
      columns: [decisions2021],
      rows: [
        { id: 'penalty', label: '行政处罚' },
        { id: 'coercion', label: '行政强制' },
      ],
    },
    {
      id: 'fees',
      item: '（八）',
      heading: '第二十条第（八）项',
      columns: [{ id: 'feeAmount', label: '本年收费金额', unit: '单位：万元', kind: 'amount' }],
      rows: [{ id: 'adminFees', label: '行政事业性收费' }],
    },
  ],
} as const satisfies Table2Spec;

const itemCount = {
  id: 'lastYearItems',
  label: '上一年项目数量',
  kind: 'count',
} as const satisfies ItemColumn;
const itemChange = {
  id: 'change',
  label: '本年增/减',
  kind: 'signed',
} as const satisfies ItemColumn;
const decisions2019 = {
  id: 'decisions',
  label: '处理决定数量',
  kind: 'count',
} as const satisfies ItemColumn;

/** 国办公开办函〔2019〕60号 — 8 rows, 22 numeric cells. */
export const table2Format2019 = {
  id: '二',
  blocks: [
    {
      id: 'documents',
      item: '（一）',
      heading: '第二十条第（一）项',
      columns: [
        { id: 'made', label: '本年新制作数量', kind: 'count' },
        { id: 'published', label: '本年新公开数量', kind: 'count' },
        { id: 'totalPublic', label: '对外公开总数量', kind: 'count' },
      ],
      rows: [
        { id: 'rules', label: '规章' },
        { id: 'normativeDocs', label: '规范性文件' },
      ],
    },
    {
      id: 'licensing',
      item: '（五）',
      heading: '第二十条第（五）项',
      columns: [itemCount, itemChange, decisions2019],
      rows: [
        { id: 'licensing', label: '行政许可' },
        { id: 'otherServices', label: '其他对外管理服务事项' },
      ],
    },
    {
      id: 'enforcement',
      item: '（六）',
      heading: '第二十条第（六）项',
      columns: [itemCount, itemChange, decisions2019],
      rows: [
        { id: 'penalty', label: '行政处罚' },
        { id: 'coercion', label: '行政强制' },
      ],
    },
    {
      id: 'fees',
      item: '（八）',
      heading: '第二十条第（八）项',
      columns: [itemCount, itemChange],
      rows: [{ id: 'adminFees', label: '行政事业性收费' }],
    },
    {
      id: 'procurement',
      item: '（九）',
      heading: '第二十条第（九）项',
      columns: [
        { id: 'procurementCount', label: '采购项目数量', kind: 'count' },
        { id: 'procurementAmount', label: '采购总金额', kind: 'amount' },
      ],
      rows: [{ id: 'procurement', label: '政府集中采购' }],
    },
  ],
} as const satisfies Table2Spec;
