/**
 * The report model's public face. Pure TypeScript: no React, no DOM, no file APIs (lint and
 * tsconfig.pure.json enforce it), so the app, the exporters, the importer and the CLI share it.
 */
export * from './spec';
export * from './cell-value';
export { foldWidth, halfWidthDigits } from './full-width';
export { squashSpaces, withoutSpaces } from './spaces';
export { NOT_REVISION, YEAR_DIGITS, reportYearIn, yearOfDigits, yearsIn } from './years';
export type { Report, ReportMeta } from './report';
export { emptyReport } from './empty-report';
export { reportFromCells } from './report-from-cells';
export type { ReportFigures } from './report-from-cells';
export { derive, evaluate } from './derive';
export type { Derived, Evaluation } from './derive';
export { figures } from './figures';
export { printedTitle } from './printed-title';
export { comparableText } from './text-heuristics';
export { asLastYear, carryForward, carryLinks, expectedValue, lastYearFigures } from './carry';
export type { CarryKind, CarryLink, CarryRuleId } from './carry';
export type { Figure } from './figures';
export * from './drafting';
export { check, issueKey } from './check';
export type { Issue } from './check';
export { rules } from './rules';
export { LENGTH_LIMITS, lengthOf } from './limits';
export type { LengthLimitKind } from './limits';
export type { Rule, RuleId, Severity } from './rules';
export { FORMAT_FIELD, YEAR_FIELD, fieldAddresses, metaAddress, textAddress } from './fields';
export {
  FORMAT_VERSION,
  SAVE_KIND,
  buildSaveFileSchema,
  parseSaveFile,
  saveFileSchema,
  serializeReport,
} from './save-file';
export type { ParseResult } from './save-file';
export {
  headerOver,
  itemColumnHeading,
  table2Layouts,
  table3Layout,
  table4Layout,
} from './table-layout';
export type { LayoutCell, LayoutRow, SpanCell, TableLayout } from './table-layout';
export { emWidth, paragraphParts, paragraphsOf, titleLines, titleParts } from './document-text';
export type { ParagraphParts } from './document-text';
