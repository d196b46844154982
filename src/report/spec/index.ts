export * from './types';
export * from './formats';
export * from './sections';
export { compileFormat, flattenGrid, formatIndex } from './compile-format';
export type { CellFact, FormatIndex, GridLine } from './compile-format';
export { feeAddress, feeFields } from './fee-statement';
export type { FeeField, FeeFieldId } from './fee-statement';
