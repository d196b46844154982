/**
 * Memoisation for work that check() repeats on every keystroke although its input rarely changes:
 * addresses derived from a compiled format (per format index), and heuristics over a section's
 * text (the text is the same for every keystroke typed into a table).
 */
export function perIndex<I extends object, T>(build: (index: I) => T): (index: I) => T {
  const cache = new WeakMap<I, T>();
  return (index) => {
    if (cache.has(index)) return cache.get(index) as T;
    const value = build(index);
    cache.set(index, value);
    return value;
  };
}

/** Remembers the result for the last argument only: enough for "same text as last keystroke". */
export function lastArgument<T>(fn: (text: string) => T): (text: string) => T {
  let last: { text: string; value: T } | undefined;
  return (text) => {
    if (last?.text !== text) last = { text, value: fn(text) };
    return last.value;
  };
}
