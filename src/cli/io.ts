/** Where the CLI writes, injectable so tests drive run() in-process; and its exit statuses. */
export interface Io {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
}

/** 0 clean (warnings allowed); 1 a report has an error-severity issue; 2 usage or file trouble. */
export const EXIT = { ok: 0, reportErrors: 1, trouble: 2 } as const;

/** The one-line form of anything thrown, for messages that must never show a stack trace. */
export const messageOf = (error: unknown): string =>
  error instanceof Error ? error.message : String(error);
