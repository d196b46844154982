/**
 * Opens a file for the CLI: the file system's troubles become one Chinese sentence, the size is
 * checked with stat before a byte is read (a 1 GB file is refused unread), and the bytes go to
 * readReport(), which alone decides what the file is — in a worker thread with memory and time
 * limits (isolated-read.ts), so one hostile file cannot take the batch down. Given `io`, what the
 * reader noted (a figure it could not read, a year it assumed) goes to stderr, one line per note
 * prefixed by the path, so the report's own output stays clean. Never throws.
 */
import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { fileSizeProblem, readReport } from '../import';
import type { ReadResult } from '../import';
import { isolatedReader } from './isolated-read';
import { messageOf } from './io';
import type { Io } from './io';

const IS_DIRECTORY = '这是一个文件夹，不是文件。';
const FS_PROBLEMS: Record<string, string> = {
  ENOENT: '找不到这个文件。',
  ENOTDIR: '找不到这个文件（路径中有一部分不是文件夹）。',
  EACCES: '没有读取这个文件的权限。',
  EPERM: '没有读取这个文件的权限。',
  EISDIR: IS_DIRECTORY,
  ENAMETOOLONG: '文件路径太长。',
  ELOOP: '路径中的符号链接形成了循环。',
};

const fail = (error: string): ReadResult => ({ ok: false, error });

function describeFsError(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code === 'string') return FS_PROBLEMS[code] ?? `无法读取这个文件（${code}）。`;
  return `无法读取这个文件：${messageOf(error)}`;
}

/** Why `path` is not to be read, from stat alone (no byte read), or null. */
async function statProblem(path: string): Promise<string | null> {
  try {
    const info = await stat(path);
    if (info.isDirectory()) return IS_DIRECTORY;
    // Devices and pipes have no size to check first, and reading one may never end.
    if (!info.isFile()) return '这不是普通文件（可能是设备或管道）。';
    return fileSizeProblem(info.size);
  } catch (error) {
    return describeFsError(error);
  }
}

/** The read itself, in whichever thread calls it: read-worker.ts runs it off the main thread. */
export async function readFileInProcess(path: string): Promise<ReadResult> {
  try {
    const problem = await statProblem(path);
    if (problem) return fail(problem);
    return await readReport(await readFile(path), basename(path));
  } catch (error) {
    return fail(describeFsError(error));
  }
}

const cliReader = isolatedReader();

export async function loadReport(path: string, io?: Io): Promise<ReadResult> {
  // Refusals that need no reading are made here, without waiting for the worker to start.
  const problem = await statProblem(path);
  const read = problem ? fail(problem) : await (io?.readFile ?? cliReader.read)(path);
  if (read.ok) for (const note of read.notes) io?.stderr(`${path}: ${note}\n`);
  return read;
}
