/**
 * What a reader is: something that recognises a kind of file by its content (never by its name)
 * and turns it into a report, or says in Chinese what is wrong with it. Readers never throw.
 */
import type { Report } from '../report';

/**
 * What read() returns: a parse result whose report may come with notes — what the reader assumed
 * or changed, in Chinese, one sentence each (e.g. a figure taken from a table over the embedded one).
 */
export type ReaderResult =
  | { readonly ok: true; readonly value: Report; readonly notes?: readonly string[] }
  | { readonly ok: false; readonly errors: readonly string[] };

export interface Reader {
  /** Stable id, e.g. `save-file`. */
  readonly id: string;
  /** What the reader opens, as the user would name it: `本程序保存的报告文件 (.json)`. */
  readonly label: string;
  /** Cheap look at the first bytes: is this file ours to read? Must not decode the whole file. */
  readonly sniff: (bytes: Uint8Array) => boolean;
  /** `fileName` only fills gaps the content leaves (a published text without a year). */
  readonly read: (bytes: Uint8Array, fileName?: string) => ReaderResult;
}
