/**
 * What a reader is: something that recognises a kind of file by its content (never by its name)
 * and turns it into a report, or says in Chinese what is wrong with it. Readers never throw.
 */
import type { ParseResult, Report } from '../report';

export interface Reader {
  /** Stable id, e.g. `save-file`. */
  readonly id: string;
  /** What the reader opens, as the user would name it: `本程序保存的报告文件 (.json)`. */
  readonly label: string;
  /** Cheap look at the first bytes: is this file ours to read? Must not decode the whole file. */
  readonly sniff: (bytes: Uint8Array) => boolean;
  readonly read: (bytes: Uint8Array) => ParseResult<Report>;
}
