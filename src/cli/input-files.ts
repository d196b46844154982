/** The report files a batch command (summary, template) reads from its file and folder arguments. */
import { readdir, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { messageOf } from './io';

const isSkipped = (name: string): boolean => name.startsWith('.') || name.startsWith('~$');

/**
 * The files to read: each argument as given, a folder replaced by its files — one level only (not
 * recursively), in name order, skipping hidden files (`.name`), Office lock files (`~$name.docx`),
 * sub-folders and `output` (the file the command writes, when it is inside a folder given).
 */
export async function expandInputs(inputs: readonly string[], output?: string): Promise<string[]> {
  const files: string[] = [];
  for (const input of inputs) {
    const isFolder = await stat(input).then(
      (info) => info.isDirectory(),
      () => false, // not there or unreadable: kept as a file, so its row says why
    );
    if (!isFolder) {
      files.push(input);
      continue;
    }
    let names: string[];
    try {
      names = (await readdir(input)).sort();
    } catch (error) {
      throw new Error(`无法列出文件夹“${input}”：${messageOf(error)}`);
    }
    for (const name of names) {
      const path = join(input, name);
      if (isSkipped(name) || resolve(path) === output) continue;
      const info = await stat(path).catch(() => null);
      if (info?.isDirectory()) continue;
      files.push(path);
    }
  }
  return files;
}
