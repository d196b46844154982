/**
 * The 信息处理费 statement's own fields (spec/fee-statement.ts) hold figures like the tables'
 * cells: a count of notices and two amounts. A field that is not such a figure cannot be stated in
 * 六, and its drafted sentence waits until it is.
 */
import { parseCell } from '../cell-value';
import { placeOf } from '../place-names';
import { feeAddress, feeFields } from '../spec';
import { defineRule } from './rule';
import type { Finding } from './rule';

export const feeInvalid = defineRule({
  id: 'FEE-INVALID',
  severity: 'error',
  description: '信息处理费情况的各项须为有效数字：收费通知件数为非负整数，金额为非负数。',
  reads: () => feeFields.map(feeAddress),
  run: ({ report, index }) => {
    const findings: Finding[] = [];
    for (const field of feeFields) {
      const raw = report.fees?.[field.id] ?? '';
      const parsed = parseCell(field.kind, raw);
      if (parsed.state !== 'invalid') continue;
      findings.push({
        addresses: [feeAddress(field)],
        message: `${placeOf(index, feeAddress(field))}填写的“${raw.trim()}”有误：${parsed.message}。`,
      });
    }
    return findings;
  },
});

export const feeRules = [feeInvalid] as const;
