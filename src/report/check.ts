/**
 * check(report, options?): every rule of `rules/` run over the report, as issues the form, the print
 * view, the exporters, the importer and the CLI all show the same way. Errors come first. A warning
 * the user confirmed keeps its reason; an error cannot be confirmed away. Last year's report is
 * read from the report itself (`report.lastYear`, spec §4), so every caller runs the same rules.
 * Each issue names the cell most likely wrong (`likely`): the one the user just edited when it
 * takes part, else the one the rule's structure points to — a message's link focuses it.
 */
import { evaluate } from './derive';
import type { Report } from './report';
import type { FormatIndex } from './spec';
import { rules } from './rules';
import type { RuleContext, RuleId, Severity } from './rules';

export interface Issue {
  readonly ruleId: RuleId;
  readonly severity: Severity;
  /** Cells (spec §7) and text fields the issue is about; the first is where to go to fix it. */
  readonly addresses: readonly string[];
  /** In the form's words: rows and columns by their printed labels, never by address. */
  readonly message: string;
  /** The address to focus first: the one most likely wrong (always one of the cells involved). */
  readonly likely: string;
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

export interface CheckOptions {
  /**
   * Only passed by tests that compile a variant declaration of the report's format; last year's
   * report is always read against its own declared format.
   */
  readonly index?: FormatIndex;
  /** The cell the user edited last: where an issue it takes part in most likely went wrong. */
  readonly lastEdited?: string;
}

/** Every address an issue's cells stand for, through the totals they are the sum of. */
function takesPart(index: FormatIndex, addresses: readonly string[], address: string): boolean {
  const pending = [...addresses];
  const seen = new Set<string>();
  for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
    if (next === address) return true;
    if (seen.has(next)) continue;
    seen.add(next);
    pending.push(...(index.byAddress.get(next)?.sumOf ?? []));
  }
  return false;
}

export function check(report: Report, options: CheckOptions = {}): Issue[] {
  const { index, lastEdited } = options;
  const { lastYear } = report;
  const context: RuleContext = lastYear
    ? { ...view(report, index), lastYear: view(lastYear) }
    : view(report, index);
  const issues: Issue[] = [];
  for (const rule of rules) {
    for (const finding of rule.run(context)) {
      const key = issueKey(rule.id, finding.addresses);
      const reason = rule.severity === 'warning' ? report.acknowledged[key] : undefined;
      const edited =
        lastEdited !== undefined && takesPart(context.index, finding.addresses, lastEdited);
      issues.push({
        ruleId: rule.id,
        severity: rule.severity,
        addresses: finding.addresses,
        message: finding.message,
        likely: edited ? lastEdited : (finding.likely ?? finding.addresses[0] ?? ''),
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
