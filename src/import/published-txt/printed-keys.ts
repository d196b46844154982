/**
 * The label keys a published text's tables print, for detectFormat(). Adjacent cells are also
 * taken joined, for a header cell broken across lines without the leading tab that would show it
 * continues (`本年新` / `制作数量`).
 */
import type { TableTokens } from './table-tokens';

export function printedKeys(tables: readonly TableTokens[]): Set<string> {
  const printed = new Set<string>();
  for (const { tokens } of tables) {
    tokens.forEach((token, i) => {
      printed.add(token.key);
      const next = tokens[i + 1];
      if (next) printed.add(token.key + next.key);
    });
  }
  return printed;
}
