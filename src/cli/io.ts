/**
 * Where the CLI writes and how it reads a report, injectable so tests drive run() in-process; and
 * its exit statuses.
 */
import type { ReadResult } from '../import';

export interface Io {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  /** Reads one report; by default in a worker with limits (isolated-read.ts, load-file.ts). */
  readonly readFile?: (path: string) => Promise<ReadResult>;
}

/** 0 clean (warnings allowed); 1 a report has an error-severity issue; 2 usage or file trouble. */
export const EXIT = { ok: 0, reportErrors: 1, trouble: 2 } as const;

/** File-system troubles by Node's error code, for writing and listing (load-file.ts has reading's). */
const FS_CODES: Record<string, string> = {
  ENOENT: '文件或文件夹不存在',
  ENOTDIR: '路径中有一部分不是文件夹',
  EACCES: '没有权限',
  EPERM: '没有权限',
  EISDIR: '这是一个文件夹',
  EEXIST: '文件已存在',
  ENOSPC: '磁盘空间不足',
  EROFS: '磁盘是只读的',
  EBUSY: '文件正被其它程序占用',
  ENAMETOOLONG: '路径太长',
  EMFILE: '同时打开的文件太多',
};
const HAN = /[\u4e00-\u9fff]/;

/**
 * The one-line Chinese form of anything thrown, for messages that must never show a stack trace
 * or English exception text: a file-system code in words, our own Chinese messages as they are,
 * anything else (a bug, the runtime giving up) in a general sentence.
 */
export function messageOf(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code === 'string' && FS_CODES[code]) return `${FS_CODES[code]}（${code}）`;
  const message = error instanceof Error ? error.message : String(error);
  if (HAN.test(message)) return message;
  if (error instanceof RangeError || /memory|stack/i.test(message)) {
    return '超出了程序能处理的范围（数据过深或过大）';
  }
  return '程序内部错误';
}
