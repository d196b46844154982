/**
 * The shape of a consistency rule (spec §3). Each rule is one declared entry with a stable id; it
 * names the cells it reads (so tests can prove they exist in every format) and returns findings
 * that check() turns into issues. Nothing outside `rules/` re-implements a rule.
 */
import type { Evaluation } from '../derive';
import type { Report } from '../report';
import type { FormatIndex } from '../spec';

/** error: the published table would be wrong. warning: likely wrong; the user may confirm it. */
export type Severity = 'error' | 'warning';

export interface Finding {
  /** Cell addresses (spec §7) or field addresses (`正文/一`) the finding is about, most relevant first. */
  readonly addresses: readonly string[];
  readonly message: string;
  /**
   * The address most likely wrong, where the finding's structure says (a column's likely cell of
   * an unbalanced 勾稽关系); check() prefers the cell the user just edited, else the first address.
   */
  readonly likely?: string;
}

export interface ReportView {
  readonly report: Report;
  readonly index: FormatIndex;
  readonly evaluation: Evaluation;
}

export interface RuleContext extends ReportView {
  /** Last year's report, when loaded: the across-year rules run only then. */
  readonly lastYear?: ReportView;
}

export interface Rule<Id extends string = string> {
  readonly id: Id;
  readonly severity: Severity;
  /** What the rule checks, in the words of the format (for docs and the CLI's rule list). */
  readonly description: string;
  /** The addresses the rule may point at in a format (cells or text fields). */
  readonly reads: (index: FormatIndex) => readonly string[];
  readonly run: (context: RuleContext) => readonly Finding[];
}

/**
 * A rule as declared: its id kept as a literal type, so the ids of `rules` form the RuleId union
 * and a misspelt rule id fails to compile.
 */
export const defineRule = <const Id extends string>(rule: Rule<Id>): Rule<Id> => rule;
