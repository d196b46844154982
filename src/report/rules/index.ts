/** Every consistency rule, in the order issues are listed. Adding a rule is one entry here. */
import { feeRules } from './fee-rules';
import { limitRules } from './limit-rules';
import { metaRules } from './meta-rules';
import type { Rule } from './rule';
import { tableRules } from './table-rules';
import { textRules } from './text-rules';
import { yearRules } from './year-rules';

export const rules: readonly Rule[] = [
  ...tableRules,
  ...metaRules,
  ...textRules,
  ...feeRules,
  ...yearRules,
  ...limitRules,
];

export type { Finding, Rule, RuleContext, Severity } from './rule';
