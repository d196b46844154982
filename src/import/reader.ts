/**
 * What a reader is: something that recognises a kind of file by its content (never by its name)
 * and turns it into a report, or says in Chinese what is wrong with it. Readers never throw.
 */
import type { Report } from '../report';

/**
 * What read() returns: a parse result whose report may come with notes — what the reader assumed
 * or changed, in Chinese, one sentence each (e.g. a figure taken from a table over the embedded one)
 * — and with `unread`, the structured list of gaps for the import review screen.
 */
export type ReaderResult =
  | {
      readonly ok: true;
      readonly value: Report;
      readonly notes?: readonly string[];
      /**
       * What the file did not give, by address, for the user to fill in: first the fields
       * (src/report/fields.ts: `报告标题`, `机关全称` when neither title nor text names the body,
       * `报告年度` when no line or file name gives the year and it was assumed, `正文/一` etc. when
       * the section's heading was not found), then the numeric cells (spec §7 addresses) whose
       * figure could not be read — table or row not found, cells a short row lacks, `/` `-` `—` or
       * other blank marks, text that is no figure — in declaration order. Such a cell is blank in
       * the report, never 0. A cell or section printed empty was read, as blank: it is not listed
       * (check() reports blank cells as CELL-BLANK). A file that carries the whole report (our
       * save file, our .docx) leaves nothing unread: [].
       */
      readonly unread: readonly string[];
    }
  | { readonly ok: false; readonly errors: readonly string[] };

export interface Reader {
  /** Stable id, e.g. `save-file`. */
  readonly id: string;
  /** What the reader opens, as the user would name it: `本程序保存的报告文件 (.json)`. */
  readonly label: string;
  /** Cheap look at the first bytes: is this file ours to read? Must not decode the whole file. */
  readonly sniff: (bytes: Uint8Array) => boolean;
  /**
   * `fileName` only fills gaps the content leaves (a published text without a year). A reader may
   * answer later (a PDF is laid out by pdf.js, which is asynchronous); readReport() awaits it.
   */
  readonly read: (bytes: Uint8Array, fileName?: string) => ReaderResult | Promise<ReaderResult>;
}
