/**
 * What 六 states about 信息处理费 (《政府信息公开信息处理费管理办法》, 国办函〔2020〕109号; spec §2): the
 * 2021 template reserves 六 for the number of fee notices sent, the amount notified and the amount
 * actually collected. These are not cells of the national tables, so they have addresses of their
 * own under 六; the user states them and 六's sentence is drafted from them.
 */
import type { CellKind } from './types';

export interface FeeField {
  readonly id: 'notices' | 'notified' | 'collected';
  readonly label: string;
  readonly unit: string;
  readonly kind: CellKind;
}

export const feeFields: readonly FeeField[] = [
  { id: 'notices', label: '发出收费通知件数', unit: '件', kind: 'count' },
  { id: 'notified', label: '通知收取金额', unit: '元', kind: 'amount' },
  { id: 'collected', label: '实际收取金额', unit: '元', kind: 'amount' },
];

export type FeeFieldId = FeeField['id'];

/** `六/信息处理费/发出收费通知件数`: the address messages and the save file use. */
export const feeAddress = (field: FeeField): string => `六/信息处理费/${field.label}`;
