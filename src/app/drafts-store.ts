/**
 * Drafts in the browser's IndexedDB, one per body and year, so several reports can be in progress
 * at once and survive a reload, a crash or going offline. Each draft is stored as save-file text
 * and read back through parseSaveFile, so a draft is validated exactly like an opened file.
 */
import { parseSaveFile, serializeReport } from '../report';
import type { FormatId, Report } from '../report';

const DB_NAME = 'gov-info-annual-report';
const STORE = 'drafts';

export interface DraftSummary {
  readonly key: string;
  readonly body: string;
  readonly year: number;
  readonly format: FormatId;
  readonly savedAt: number;
}

interface DraftRecord extends DraftSummary {
  readonly text: string;
}

/** Drafts are keyed by body and year (issue #4): the same office's next year is another draft. */
export const draftKey = (report: Report): string =>
  `${report.meta.body.trim() || '（未填机关名称）'}|${report.meta.year}`;

function open(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    if (typeof indexedDB === 'undefined') {
      reject(new Error('此浏览器不能在本机保存草稿'));
      return;
    }
    const request = indexedDB.open(DB_NAME, 1);
    request.onupgradeneeded = () => request.result.createObjectStore(STORE, { keyPath: 'key' });
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('打开本机存储失败'));
  });
}

async function run<T>(
  mode: IDBTransactionMode,
  work: (store: IDBObjectStore) => IDBRequest<T>,
): Promise<T> {
  const db = await open();
  try {
    return await new Promise<T>((resolve, reject) => {
      const transaction = db.transaction(STORE, mode);
      const request = work(transaction.objectStore(STORE));
      transaction.oncomplete = () => resolve(request.result);
      transaction.onerror = () =>
        reject(transaction.error ?? request.error ?? new Error('本机存储出错'));
      transaction.onabort = () =>
        reject(transaction.error ?? new Error('本机存储空间不足或被禁用'));
    });
  } finally {
    db.close();
  }
}

export async function saveDraft(report: Report, previousKey?: string): Promise<string> {
  const key = draftKey(report);
  const record: DraftRecord = {
    key,
    body: report.meta.body,
    year: report.meta.year,
    format: report.format,
    savedAt: Date.now(),
    text: serializeReport(report),
  };
  await run('readwrite', (store) => store.put(record));
  // The body's name was edited: the draft moves to its new key rather than leaving a stale copy.
  if (previousKey && previousKey !== key)
    await run('readwrite', (store) => store.delete(previousKey));
  return key;
}

const summaryOf = ({ key, body, year, format, savedAt }: DraftRecord): DraftSummary => ({
  key,
  body,
  year,
  format,
  savedAt,
});

export async function listDrafts(): Promise<DraftSummary[]> {
  const records = await run<DraftRecord[]>('readonly', (store) => store.getAll());
  return records.map(summaryOf).sort((a, b) => b.savedAt - a.savedAt);
}

export async function loadDraft(
  key: string,
): Promise<{ ok: true; report: Report } | { ok: false; error: string }> {
  const record = await run<DraftRecord | undefined>('readonly', (store) => store.get(key));
  if (!record) return { ok: false, error: '找不到这份草稿，可能已被删除。' };
  const parsed = parseSaveFile(record.text);
  return parsed.ok
    ? { ok: true, report: parsed.value }
    : { ok: false, error: parsed.errors.join(' ') };
}

export const deleteDraft = (key: string): Promise<undefined> =>
  run('readwrite', (store) => store.delete(key));

/**
 * The draft stored under `key`, if any: its summary and its save-file text, which is what the
 * draft of a report would be (serializeReport), so a caller can tell an identical draft apart
 * without parsing it.
 */
export async function findDraft(
  key: string,
): Promise<{ readonly summary: DraftSummary; readonly text: string } | null> {
  const record = await run<DraftRecord | undefined>('readonly', (store) => store.get(key));
  return record ? { summary: summaryOf(record), text: record.text } : null;
}
