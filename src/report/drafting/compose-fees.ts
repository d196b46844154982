/**
 * 六's 信息处理费 statement from what the user states (spec/fee-statement.ts): the standard
 * sentence when no notice was sent (spec §2: `本年度未发出信息处理费收费通知，未收取信息处理费。`),
 * else the notices, the amount notified when stated, and the amount collected.
 */
import { parseCell } from '../cell-value';
import type { Report } from '../report';
import { NO_FEE_SENTENCE, feeFields } from '../spec';
import type { FeeFieldId } from '../spec';
import { count } from './phrases';

/** The stated figure's number and text, or null when blank or not a figure. */
function stated(report: Report, id: FeeFieldId): { value: number; text: string } | null {
  const field = feeFields.find((f) => f.id === id);
  if (!field) return null;
  const parsed = parseCell(field.kind, report.fees?.[id] ?? '');
  return parsed.state === 'ok' ? { value: parsed.value, text: parsed.text } : null;
}

export function composeFees(report: Report): string | null {
  const notices = stated(report, 'notices');
  if (notices === null) return null;
  if (notices.value === 0) return NO_FEE_SENTENCE;
  const collected = stated(report, 'collected');
  if (collected === null) return null;
  const notified = stated(report, 'notified');
  const parts = [
    `本年度发出信息处理费收费通知${count(notices.value)}`,
    notified && notified.value > 0 ? `通知收取金额${notified.text}元` : null,
    collected.value > 0 ? `实际收取信息处理费${collected.text}元` : '未实际收取信息处理费',
  ].filter(Boolean);
  return `${parts.join('，')}。`;
}
