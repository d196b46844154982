/**
 * Drafts in the browser's IndexedDB, so several reports can be in progress at once and survive a
 * reload, a crash or going offline. Each draft is stored as save-file text and read back through
 * parseSaveFile, so a draft is validated exactly like an opened file.
 *
 * Invariants:
 * - A draft's key is chosen once, when it is created, and never derived from its content: renaming
 *   the body or changing the year never moves a draft onto another one or deletes one. Two drafts
 *   may share a body and year; the app asks the user when that happens (rename-collision-dialog).
 * - Every write carries the revision it was based on and is refused when the stored draft has
 *   moved on under another writer (another window), so a newer revision is never replaced
 *   silently. A writer's own earlier write (one that timed out but committed) is not a conflict.
 */
import { parseSaveFile } from '../report';
import type { FormatId, Report } from '../report';
import { transact } from './idb';

export interface DraftSummary {
  readonly key: string;
  readonly body: string;
  readonly year: number;
  readonly format: FormatId;
  readonly savedAt: number;
  /** 1 for the first write, one more for each write after it (0: never written). */
  readonly revision: number;
}

export interface DraftRecord extends DraftSummary {
  readonly text: string;
  /** The editing session that wrote this revision (see `sessionId`). */
  readonly writer: string;
  /** The number of the change this text holds (draft-journal): absent in older records. */
  readonly edit?: number;
}

/** A fresh key for a new draft: random, so it never depends on what the draft holds. */
export function newDraftKey(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(9));
  return `d-${Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('')}`;
}

/** This page's identity as a writer: a reload or another window is another writer. */
export const sessionId = newDraftKey().replace('d-', 's-');

const summaryOf = ({ key, body, year, format, savedAt, revision }: DraftRecord): DraftSummary => ({
  key,
  body,
  year,
  format,
  savedAt,
  revision,
});

/** Records written before revisions existed count as revision 1 by an unknown writer. */
const normalised = (record: DraftRecord): DraftRecord => ({
  ...record,
  revision: record.revision ?? 1,
  writer: record.writer ?? '',
});

export type WriteOutcome =
  | { readonly ok: true; readonly revision: number }
  | { readonly ok: false; readonly newer: DraftSummary };

export interface WriteRequest {
  readonly key: string;
  readonly report: Report;
  readonly text: string;
  /** The revision this text was edited from (0 for a draft not yet stored). */
  readonly base: number;
  /** The number of the change this text holds, as journaled (draft-journal). */
  readonly edit: number;
  /** Write even over a newer revision (the user chose to keep this window's text). */
  readonly force?: boolean;
}

/** Writes a draft unless another writer stored a newer revision since `base`. */
export function writeDraft(request: WriteRequest, writer = sessionId): Promise<WriteOutcome> {
  const { key, report, text, base, edit, force = false } = request;
  return transact('readwrite', '保存草稿', (store) => {
    let outcome: WriteOutcome = { ok: false, newer: emptySummary(key) };
    const read = store.get(key);
    read.onsuccess = () => {
      const stored = read.result ? normalised(read.result as DraftRecord) : undefined;
      const current = stored?.revision ?? 0;
      if (stored && current !== base && stored.writer !== writer && !force) {
        outcome = { ok: false, newer: summaryOf(stored) };
        return;
      }
      const record: DraftRecord = {
        key,
        body: report.meta.body,
        year: report.meta.year,
        format: report.format,
        savedAt: Date.now(),
        revision: current + 1,
        writer,
        text,
        edit,
      };
      store.put(record);
      outcome = { ok: true, revision: record.revision };
    };
    return () => outcome;
  });
}

const emptySummary = (key: string): DraftSummary => ({
  key,
  body: '',
  year: 0,
  format: '2021',
  savedAt: 0,
  revision: 0,
});

export async function readDraft(key: string): Promise<DraftRecord | undefined> {
  const record = await transact('readonly', '读取草稿', (store) => {
    const request = store.get(key);
    return () => request.result as DraftRecord | undefined;
  });
  return record ? normalised(record) : undefined;
}

export async function listDrafts(): Promise<DraftSummary[]> {
  const records = await transact('readonly', '读取草稿列表', (store) => {
    const request = store.getAll();
    return () => request.result as DraftRecord[];
  });
  return records.map((r) => summaryOf(normalised(r))).sort((a, b) => b.savedAt - a.savedAt);
}

/** The drafts of this body and year, newest first (a body name compared without spaces). */
export async function draftsNamed(body: string, year: number): Promise<DraftRecord[]> {
  const name = body.trim();
  const records = await transact('readonly', '读取草稿列表', (store) => {
    const request = store.getAll();
    return () => request.result as DraftRecord[];
  });
  return records
    .map(normalised)
    .filter((r) => r.body.trim() === name && r.year === year)
    .sort((a, b) => b.savedAt - a.savedAt);
}

export type LoadResult =
  { readonly ok: true; readonly report: Report } | { readonly ok: false; readonly error: string };

/** A draft's text as a report, or why it cannot be opened. */
export function reportOf(text: string): LoadResult {
  const parsed = parseSaveFile(text);
  return parsed.ok
    ? { ok: true, report: parsed.value }
    : { ok: false, error: `这份草稿不能打开：${parsed.errors.join(' ')}` };
}

export const deleteDraft = (key: string): Promise<void> =>
  transact('readwrite', '删除草稿', (store) => {
    store.delete(key);
    return () => undefined;
  });
