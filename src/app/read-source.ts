/**
 * What the read worker does with what it is given: the bytes of pasted text, or the picked file
 * itself, whose size is checked before a byte of it is read (a 2 GB file is refused, not loaded).
 * Shared by the worker and the page's own fallback, so both answer in the same words.
 */
import { fileSizeProblem, readReport } from '../import';
import type { ReadResult } from '../import';

export async function readSource(source: Uint8Array | Blob, fileName: string): Promise<ReadResult> {
  if (source instanceof Uint8Array) return readReport(source, fileName);
  const tooBig = fileSizeProblem(source.size);
  if (tooBig) return { ok: false, error: tooBig };
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await source.arrayBuffer());
  } catch {
    return { ok: false, error: '读取文件失败，请确认文件没有被其它程序占用。' };
  }
  return readReport(bytes, fileName);
}
