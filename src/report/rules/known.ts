/** True when every figure is known: a rule that compares figures is silent while any is blank. */
export const known = (values: readonly (number | null)[]): values is number[] =>
  values.every((v) => v !== null);
