// Types for ensure-system-deps.mjs, which stays JavaScript so `node` can run it before any build.
export interface Requirement {
  readonly name: string;
  readonly present: () => boolean;
}

export interface EnsureOptions {
  readonly list?: readonly Requirement[];
  readonly isRoot?: boolean;
  readonly apt?: (args: readonly string[], env?: Readonly<Record<string, string>>) => number;
  readonly log?: (line: string) => void;
}

export const fileExists: (path: string) => () => boolean;
export const debInstalled: (name: string) => () => boolean;
export const requirements: readonly Requirement[];
export function ensureSystemDeps(options?: EnsureOptions): number;
