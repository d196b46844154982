/**
 * Opening a stored draft: its IndexedDB record with the journal of edits not yet written replayed
 * over it (draft-journal's reconcile), so what was typed just before a reload, close or crash is
 * there. When storage does not answer, the journal alone still opens the draft, with the storage
 * error to show beside it.
 */
import { serializeReport } from '../report';
import type { Report } from '../report';
import { clearJournal, readJournal, reconcile, writeJournal } from './draft-journal';
import type { JournalEntry } from './draft-journal';
import { newDraftKey, readDraft, reportOf, sessionId, writeDraft } from './drafts-store';
import type { DraftRecord } from './drafts-store';

export interface OpenedDraft {
  readonly report: Report;
  /** The stored revision and text the editor continues from (0 and null: not stored). */
  readonly revision: number;
  readonly storedText: string | null;
  /** The number of the newest change known, stored or journaled; the next change is one more. */
  readonly edit: number;
  /** What the user should know: edits recovered, storage failing. */
  readonly notes: readonly string[];
  readonly storageError?: string;
}

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * The draft under `key`. `replay` (this window edits the draft) settles a journal that cannot be
 * applied by keeping it as a draft of its own; a window that only shows the draft changes nothing.
 */
export async function openDraft(
  key: string,
  replay: boolean,
): Promise<OpenedDraft | { readonly error: string }> {
  let record: DraftRecord | undefined;
  let storageError: string | undefined;
  try {
    record = await readDraft(key);
  } catch (error) {
    storageError = messageOf(error);
  }
  const journal = readJournal(key);
  const decision = reconcile(record, journal);
  const notes: string[] = [];
  if (decision === 'both' && journal && replay) {
    const kept = await keepApart(journal);
    if (kept) notes.push(kept);
  }
  // An entry older than the stored text (a crash lost its clearing): nothing to replay, ever.
  if (decision === 'stored' && journal && replay) clearJournal(key, journal.text);
  const text = decision === 'journal' ? journal?.text : record?.text;
  if (text === undefined) {
    return {
      error: storageError
        ? `无法打开这份草稿：${storageError}。`
        : '找不到这份草稿，可能已在另一个窗口中删除。',
    };
  }
  const loaded = reportOf(text);
  if (!loaded.ok) return { error: loaded.error };
  return {
    report: loaded.report,
    revision: record?.revision ?? 0,
    storedText: record?.text ?? null,
    edit: Math.max(record?.edit ?? 0, journal?.edit ?? 0),
    notes,
    ...(storageError ? { storageError } : {}),
  };

  /** Stores the journal's text as a new draft; says where it went. */
  async function keepApart(entry: JournalEntry): Promise<string | null> {
    const { text: journalText, edit = 0 } = entry;
    const parsed = reportOf(journalText);
    if (!parsed.ok) return null;
    const copy = newDraftKey();
    const report = parsed.report;
    writeJournal({
      key: copy,
      base: 0,
      writer: sessionId,
      text: serializeReport(report),
      body: report.meta.body,
      year: report.meta.year,
      at: Date.now(),
      edit,
    });
    clearJournal(key, journalText);
    try {
      await writeDraft({ key: copy, report, text: journalText, base: 0, edit });
      clearJournal(copy);
    } catch {
      // Still in the journal under its new key: listed on the start screen and saved when opened.
    }
    return '另一个窗口保存了这份报告的较新内容，本窗口上次未保存的修改没有覆盖它，已另存为一份草稿（见首页“继续编辑草稿”）。';
  }
}
