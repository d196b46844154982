/** Every consistency rule, in the order issues are listed. Adding a rule is one entry here. */
import { feeRules } from './fee-rules';
import { limitRules } from './limit-rules';
import { metaRules } from './meta-rules';
import { tableRules } from './table-rules';
import { textRules } from './text-rules';
import { yearRules } from './year-rules';

export const rules = [
  ...tableRules,
  ...metaRules,
  ...textRules,
  ...feeRules,
  ...yearRules,
  ...limitRules,
] as const;

/** Every rule's id, from the declarations above: `'CELL-BLANK' | 'T3-BALANCE' | …`. */
export type RuleId = (typeof rules)[number]['id'];

export type { Finding, Rule, RuleContext, Severity } from './rule';
