/**
 * The readable layout of `check`: a heading per file, then one block per issue — severity in
 * Chinese, rule id, the cells involved, and the message on its own indented line — and a count.
 */
import { formatSpecs } from '../report';
import type { FormatId, Issue } from '../report';

/** What the layout needs of a checked file. */
export interface CheckedFile {
  readonly file: string;
  readonly format: FormatId;
  readonly year: number;
  readonly issues: readonly Issue[];
}

const SEVERITY = { error: '错误', warning: '提醒' } as const;
/** Addresses shown per issue; CELL-BLANK may name every cell of a table. */
const SHOWN_ADDRESSES = 4;
const INDENT = '  ';
const MESSAGE_INDENT = '        ';

const addressList = (addresses: readonly string[]) =>
  addresses.length > SHOWN_ADDRESSES
    ? `${addresses.slice(0, SHOWN_ADDRESSES).join('、')} 等 ${addresses.length} 处`
    : addresses.join('、');

const describeReport = ({ format, year }: CheckedFile): string =>
  `${year} 年度报告，${format} 格式（${formatSpecs[format].notice}）`;

function issueBlock(issue: Issue): string {
  const head = [SEVERITY[issue.severity], issue.ruleId, addressList(issue.addresses)]
    .filter(Boolean)
    .join('  ');
  const lines = [`${INDENT}${head}`, `${MESSAGE_INDENT}${issue.message}`];
  if (issue.acknowledged) lines.push(`${MESSAGE_INDENT}已确认：${issue.acknowledged}`);
  return lines.map((l) => `${l}\n`).join('');
}

/** One file's result; `against` names last year's report when the across-year rules ran. */
export function layoutCheck(checked: CheckedFile, against?: string): string {
  const { file, issues } = checked;
  const heading = `${file} — ${describeReport(checked)}\n`;
  const compared = against ? `${INDENT}对照上一年度：${against}\n` : '';
  if (issues.length === 0) return `${heading}${compared}${INDENT}没有发现问题。\n`;
  const errors = issues.filter((i) => i.severity === 'error').length;
  const summary = `${INDENT}共 ${errors} 个错误、${issues.length - errors} 个提醒。\n`;
  return `${heading}${compared}${issues.map(issueBlock).join('')}${summary}`;
}
