/**
 * readReport(bytes, fileName?): the one way the app and the CLI open a file; it resolves, never
 * rejects. The reader is chosen
 * by content through the `readers` registry (the file name only improves messages), so a renamed
 * file still opens and a new kind of file needs one registry entry. Never throws: every failure,
 * including a reader's own bug, becomes one Chinese sentence.
 */
import { fromPrint } from '../report';
import type { Report } from '../report';
import { describeContent } from './file-kind';
import { ReadLimitError } from './read-limits';
import { readers } from './readers';

/** Reports are well under 1 MB; anything past this is the wrong file, and reading it would stall. */
export const MAX_FILE_BYTES = 20 * 1024 * 1024;

export type ReadResult =
  | {
      readonly ok: true;
      readonly report: Report;
      /** The reader's label, as the user would name the kind of file. */
      readonly reader: string;
      /** The reader's stable id (`save-file`, `own-docx`, `word-docx`, `published-txt`). */
      readonly readerId: string;
      /** What the reader assumed or changed, one Chinese sentence each; usually empty. */
      readonly notes: readonly string[];
      /** Addresses of fields and cells the file did not give (see ReaderResult); usually empty. */
      readonly unread: readonly string[];
    }
  | { readonly ok: false; readonly error: string };

const MB = 1024 * 1024;
/** Parse errors quoted in the one-sentence summary; the rest are counted. */
const QUOTED_ERRORS = 3;

const fail = (error: string): ReadResult => ({ ok: false, error });

/** What the program can open now, from the registry: `本程序保存的报告文件 (.json)`. */
export const supportedFiles = (): string => readers.map((r) => r.label).join('、');

/**
 * The message for a file of `size` bytes that is too large, or null. Exported so a caller that can
 * ask for the size first (the CLI's stat) refuses a huge file with the same words, unread.
 */
export function fileSizeProblem(size: number): string | null {
  if (size <= MAX_FILE_BYTES) return null;
  return `文件太大（${(size / MB).toFixed(1)} MB），超过 ${MAX_FILE_BYTES / MB} MB 的上限。报告文件通常不到 1 MB，请确认选对了文件。`;
}

function summarize(errors: readonly string[]): string {
  if (errors.length <= 1) return errors[0] ?? '文件内容有误。';
  const quoted = errors.slice(0, QUOTED_ERRORS).join(' ');
  const more = errors.length > QUOTED_ERRORS ? ' ……' : '';
  return `文件有 ${errors.length} 处问题：${quoted}${more}`;
}

function unsupported(bytes: Uint8Array, fileName?: string): string {
  const content = describeContent(bytes, fileName);
  const what = content ? `这是${content.kind}，目前还不能打开。` : '文件内容不是能识别的报告格式。';
  return `${what}${content?.hint ?? ''}目前可以打开：${supportedFiles()}。`;
}

/**
 * The sentence for an exception out of a reader. A limit names what was too large; anything else is
 * our bug or the runtime giving up (stack, memory, an invalid array length): never its English text.
 */
export function unexpectedError(error: unknown): string {
  if (error instanceof ReadLimitError) return error.message;
  const exhausted =
    error instanceof RangeError || (error instanceof Error && /memory|stack/i.test(error.message));
  return exhausted
    ? '读取文件时超出了程序能处理的范围（文件结构过深或过大），已停止读取。文件可能已损坏或被恶意构造；请在 Word 中打开后另存一份再试。'
    : '读取文件时出现意外错误，文件未能打开。请确认选对了文件；如果文件能在 Word 中正常打开，请另存一份再试。';
}

export async function readReport(bytes: Uint8Array, fileName?: string): Promise<ReadResult> {
  try {
    if (bytes.length === 0) return fail('文件是空的（0 字节）。');
    const tooLarge = fileSizeProblem(bytes.length);
    if (tooLarge) return fail(tooLarge);
    const reader = readers.find((r) => r.sniff(bytes));
    if (!reader) return fail(unsupported(bytes, fileName));
    const result = await reader.read(bytes, fileName);
    if (!result.ok) return fail(summarize(result.errors));
    return {
      ok: true,
      // Text read from print gets back what our own files record: drafted sentences, contacts.
      report: fromPrint(result.value),
      reader: reader.label,
      readerId: reader.id,
      notes: result.notes ?? [],
      unread: result.unread,
    };
  } catch (error) {
    return fail(unexpectedError(error));
  }
}
