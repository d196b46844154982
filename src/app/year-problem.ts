/**
 * Which report years can be written: the national format exists from 2019 (国办公开办函〔2019〕60号),
 * and a year is reported on once it has ended — at the earliest during that year's last weeks.
 */
import { FIRST_YEAR } from '../report';

/** Reports are written early in the following year for the year just ended (spec §1). */
export const defaultYear = (now = new Date()): number => now.getFullYear() - 1;

/** Why a year cannot be written, in plain words; null when it can. */
export function yearProblem(year: number, now = new Date()): string | null {
  if (!Number.isInteger(year)) return '请填写四位数的年份，如 2025。';
  if (year < FIRST_YEAR) {
    return `${year}年没有统一格式：年度报告格式自 ${FIRST_YEAR} 年起由国办公开办函〔2019〕60号规定，请填写 ${FIRST_YEAR} 年或以后的年份。`;
  }
  if (year > now.getFullYear()) return `${year}年还没有结束，不能编写该年度的报告。`;
  return null;
}
