/**
 * Table 四、政府信息公开行政复议、行政诉讼情况 — one row of 15 cells: `行政复议` over five columns,
 * `行政诉讼` over ten, split into `未经复议直接起诉` and `复议后起诉`. Identical in both formats.
 */
import type { Table4Spec } from './types';

export const table4 = {
  id: '四',
  groups: [
    { id: 'review', label: '行政复议' },
    { id: 'directSuit', label: '未经复议直接起诉', parent: '行政诉讼' },
    { id: 'suitAfterReview', label: '复议后起诉', parent: '行政诉讼' },
  ],
  columns: [
    { id: 'upheld', label: '结果维持' },
    { id: 'corrected', label: '结果纠正' },
    { id: 'other', label: '其他结果' },
    { id: 'pending', label: '尚未审结' },
    { id: 'total', label: '总计', sumOfOthers: true },
  ],
} as const satisfies Table4Spec;
