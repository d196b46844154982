/**
 * Reads what the user pasted as last year's report, through the same reader entry point as an
 * opened file, so it is reviewed the same way. A browser's or PDF viewer's copy (Ctrl+A, Ctrl+C)
 * puts the page on the clipboard as `text/html`, whose tables keep their rows and merged headers,
 * and as `text/plain`; the HTML is preferred. Pasted text is already Unicode: it is handed on as
 * UTF-8 with a byte-order mark, so a `<meta charset="gb2312">` copied along with it is not obeyed.
 */
import type { OpenedFile } from './import-review';
import { readInWorker } from './read-in-worker';
import type { ReadCancelled } from './read-in-worker';
import type { OpenOptions } from './open-file';

export interface Pasted {
  readonly html: string;
  readonly text: string;
}

export type PasteResult =
  | { readonly ok: true; readonly opened: OpenedFile }
  | { readonly ok: false; readonly error: string }
  | ReadCancelled;

const BOM = '\uFEFF';

/** What the clipboard holds, as the reader should see it; null when it holds nothing to read. */
function pastedBytes({ html, text }: Pasted): { bytes: Uint8Array; name: string } | null {
  const encoder = new TextEncoder();
  // Windows' clipboard format puts a `Version:0.9 StartHTML:…` header before the markup.
  const markup = html.slice(Math.max(0, html.indexOf('<')));
  if (markup.trim()) return { bytes: encoder.encode(BOM + markup), name: '粘贴的网页内容' };
  if (text.trim()) return { bytes: encoder.encode(text), name: '粘贴的文字' };
  return null;
}

export async function openPasted(
  pasted: Pasted,
  { onSlow }: OpenOptions = {},
): Promise<PasteResult> {
  const input = pastedBytes(pasted);
  if (!input)
    return { ok: false, error: '没有粘贴到内容。请先在报告页面按 Ctrl+A 全选、Ctrl+C 复制。' };
  // Read in the worker the user can stop, as an opened file is.
  const reading = readInWorker(input.bytes, input.name, { onSlow: () => onSlow?.(reading.cancel) });
  const result = await reading.result;
  if ('cancelled' in result) return result;
  if (!result.ok) return { ok: false, error: `粘贴的内容：${result.error}` };
  const { report, notes, unread, reader } = result;
  return { ok: true, opened: { report, notes, unread, reader, fileName: input.name } };
}
