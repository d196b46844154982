export { carryLinks, expectedValue } from './carry-links';
export type { CarryKind, CarryLink, CarryRuleId } from './carry-links';
export { asLastYear, carryForward } from './carry-forward';
export { lastYearFigures } from './last-year-figures';
