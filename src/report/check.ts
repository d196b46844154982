/**
 * check(report, index?): every rule of `rules/` run over the report, as issues the form, the print
 * view, the exporters, the importer and the CLI all show the same way. Errors come first. A warning
 * the user confirmed keeps its reason; an error cannot be confirmed away. Last year's report is
 * read from the report itself (`report.lastYear`, spec §4), so every caller runs the same rules.
 */
import { evaluate } from './derive';
import type { Report } from './report';
import type { FormatIndex } from './spec';
import { rules } from './rules';
import type { RuleContext, Severity } from './rules';

export interface Issue {
  readonly ruleId: string;
  readonly severity: Severity;
  /** Cells (spec §7) and text fields the issue is about; the first is where to go to fix it. */
  readonly addresses: readonly string[];
  readonly message: string;
  /** Stable key for acknowledgements: the rule id and the first address. */
  readonly key: string;
  /** The reason the user gave when confirming this warning. */
  readonly acknowledged?: string;
}

export const issueKey = (ruleId: string, addresses: readonly string[]): string =>
  `${ruleId}@${addresses[0] ?? ''}`;

const view = (report: Report, index?: FormatIndex) => {
  const evaluation = evaluate(report, index);
  return { report, index: evaluation.index, evaluation };
};

/**
 * `index` is only passed by tests that compile a variant declaration of the report's format; last
 * year's report is always read against its own declared format.
 */
export function check(report: Report, index?: FormatIndex): Issue[] {
  const { lastYear } = report;
  const context: RuleContext = lastYear
    ? { ...view(report, index), lastYear: view(lastYear) }
    : view(report, index);
  const issues: Issue[] = [];
  for (const rule of rules) {
    for (const finding of rule.run(context)) {
      const key = issueKey(rule.id, finding.addresses);
      const reason = rule.severity === 'warning' ? report.acknowledged[key] : undefined;
      issues.push({
        ruleId: rule.id,
        severity: rule.severity,
        addresses: finding.addresses,
        message: finding.message,
        key,
        ...(reason ? { acknowledged: reason } : {}),
      });
    }
  }
  return [
    ...issues.filter((i) => i.severity === 'error'),
    ...issues.filter((i) => i.severity === 'warning'),
  ];
}
