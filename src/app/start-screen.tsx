/**
 * The first screen: start a new report (body and year; the format follows the year), start this
 * year's report from last year's file, open a file, or continue a draft kept in this browser. A
 * refused year or an unreadable file is said in plain words and nothing else changes. A file the
 * program did not write itself (a published report's text, someone else's Word file) is reviewed
 * before it is used.
 */
import { useEffect, useState } from 'react';
import type { ClipboardEvent, FormEvent } from 'react';
import { emptyReport, formatForYear, formatSpecs, halfWidthDigits } from '../report';
import type { Report } from '../report';
import { reportFileName } from '../export/file-name';
import { download } from './download';
import { clearJournal, listJournals } from './draft-journal';
import type { JournalEntry } from './draft-journal';
import { deleteDraft, listDrafts, reportOf } from './drafts-store';
import type { DraftSummary } from './drafts-store';
import type { OpenedFile, ReviewPurpose } from './import-review';
import { openReportFile } from './open-file';
import { openPasted } from './open-pasted';
import type { Pasted } from './open-pasted';
import { ReadingDialog } from './reading-dialog';
import type { SlowReading } from './reading-dialog';
import { defaultYear, yearProblem } from './year-problem';

interface StartScreenProps {
  /** A message from the app to show at the drafts (a draft that could not be loaded). */
  readonly error?: string | undefined;
  /** A new report is being started (looking for a draft of the same name). */
  readonly busy?: boolean;
  readonly onNew: (report: Report) => void;
  /** A report from a file this program wrote (save file, our .docx), with the reader's notes. */
  readonly onOpen: (report: Report, notes: readonly string[]) => void;
  readonly onResume: (key: string) => void;
  /**
   * A file to review before use: anyone else's opened to edit (`open`: the review ends in opening
   * it), or any file picked as last year's report (`lastYear`: it ends in starting the next year).
   */
  readonly onReview: (opened: OpenedFile, purpose: ReviewPurpose) => void;
}

/** Every kind of file the readers take (they choose by content; this only filters the picker). */
const ACCEPTED =
  '.json,.docx,.txt,.html,.htm,.pdf,application/json,text/plain,text/html,application/pdf';

/** A draft as listed: stored, or only in the journal (typed when storage did not answer). */
type Listed = DraftSummary & { readonly journal?: JournalEntry };

/** Journal entries of drafts that storage does not list, as drafts of their own. */
const unstored = (drafts: readonly DraftSummary[]): Listed[] =>
  listJournals()
    .filter((j) => !drafts.some((d) => d.key === j.key))
    .map((j) => ({
      key: j.key,
      body: j.body,
      year: j.year,
      format: '2021',
      savedAt: j.at,
      revision: 0,
      journal: j,
    }));

const downloadJournal = (entry: JournalEntry) => {
  const parsed = reportOf(entry.text);
  const name = parsed.ok ? reportFileName(parsed.report, 'json') : '年度报告（备份）.json';
  download(name, entry.text, 'application/json');
};

export function StartScreen({
  error,
  busy = false,
  onNew,
  onOpen,
  onResume,
  onReview,
}: StartScreenProps) {
  const [body, setBody] = useState('');
  const [year, setYear] = useState(String(defaultYear()));
  const [formError, setFormError] = useState('');
  const [openError, setOpenError] = useState('');
  const [lastYearError, setLastYearError] = useState('');
  const [pastedText, setPastedText] = useState('');
  const [pasteError, setPasteError] = useState('');
  const [reading, setReading] = useState(false);
  const [slowReading, setSlowReading] = useState<SlowReading | null>(null);
  const [drafts, setDrafts] = useState<Listed[] | null>(null);
  const [draftError, setDraftError] = useState(error ?? '');

  const refresh = () =>
    listDrafts().then(
      (stored) => setDrafts([...stored, ...unstored(stored)]),
      (e: unknown) => {
        setDrafts(unstored([]));
        setDraftError(
          `无法读取本机草稿：${e instanceof Error ? e.message : String(e)}。下面列出的是暂存在浏览器中、尚未存入本机存储的内容，可以继续编辑或下载备份。`,
        );
      },
    );
  useEffect(() => void refresh(), []);

  const parsedYear = Number(halfWidthDigits(year).trim());
  const create = (event: FormEvent) => {
    event.preventDefault();
    const problem = !body.trim() ? '请填写机关全称。' : yearProblem(parsedYear);
    setFormError(problem ?? '');
    if (!problem) onNew(emptyReport(parsedYear, body.trim()));
  };

  /** Reads with 取消 offered once it takes a while; a cancelled read leaves everything as it was. */
  const slowAs = (name: string) => ({
    onSlow: (cancel: () => void) => setSlowReading({ name, cancel }),
  });

  /** After 取消 the picker is emptied, so picking the same file again reads it again. */
  const open = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    if (!file) return;
    const result = await openReportFile(file, slowAs(file.name));
    setSlowReading(null);
    if ('cancelled' in result) {
      input.value = '';
      return;
    }
    setOpenError(result.ok ? '' : result.error);
    if (!result.ok) return;
    if (result.ours) onOpen(result.opened.report, result.opened.notes);
    else onReview(result.opened, 'open');
  };

  const openLastYear = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    if (!file) return;
    const result = await openReportFile(file, slowAs(file.name));
    setSlowReading(null);
    if ('cancelled' in result) {
      input.value = '';
      return;
    }
    setLastYearError(result.ok ? '' : result.error);
    if (result.ok) onReview(result.opened, 'lastYear');
  };

  const readPasted = async (pasted: Pasted) => {
    setReading(true);
    const result = await openPasted(pasted, slowAs('粘贴的内容'));
    setSlowReading(null);
    setReading(false);
    if ('cancelled' in result) return;
    setPasteError(result.ok ? '' : result.error);
    if (result.ok) onReview(result.opened, 'lastYear');
  };

  /** A paste is read at once, as HTML when the clipboard has it (tables keep their structure). */
  const paste = (event: ClipboardEvent<HTMLTextAreaElement>) => {
    const html = event.clipboardData.getData('text/html');
    const text = event.clipboardData.getData('text/plain');
    if (!html.trim() && !text.trim()) return;
    event.preventDefault();
    setPastedText(text);
    void readPasted({ html, text });
  };

  const remove = async (draft: Listed) => {
    if (!window.confirm(`删除草稿“${draft.body} ${draft.year}年”？删除后不能恢复。`)) return;
    clearJournal(draft.key);
    await deleteDraft(draft.key).catch((e: unknown) =>
      setDraftError(`未能删除草稿：${e instanceof Error ? e.message : String(e)}`),
    );
    await refresh();
  };

  const yearOk = yearProblem(parsedYear) === null;
  return (
    <main className="start">
      <h1>政府信息公开工作年度报告</h1>
      {slowReading ? <ReadingDialog reading={slowReading} /> : null}
      <section aria-labelledby="new-heading" className="start-card">
        <h2 id="new-heading">新建报告</h2>
        <form onSubmit={create} noValidate>
          <label htmlFor="new-body">机关全称</label>
          <input
            id="new-body"
            value={body}
            onChange={(e) => setBody(e.target.value)}
            placeholder="如：寻乌县留车镇人民政府"
          />
          <label htmlFor="new-year">报告年度</label>
          <input
            id="new-year"
            inputMode="numeric"
            value={year}
            onChange={(e) => setYear(e.target.value)}
          />
          <p className="hint">
            {yearOk
              ? `将使用${formatForYear(parsedYear)}年格式（${formatSpecs[formatForYear(parsedYear)].notice}）。`
              : '2019年及以后的年度可以编写。'}
          </p>
          {formError ? (
            <p className="error" role="alert">
              {formError}
            </p>
          ) : null}
          <button type="submit" disabled={busy}>
            开始编写
          </button>
          {busy ? (
            <p className="hint" role="status">
              正在查找本机草稿…
            </p>
          ) : null}
        </form>
      </section>
      <section aria-labelledby="last-year-heading" className="start-card">
        <h2 id="last-year-heading">从上年报告开始</h2>
        <p className="hint">
          选择上一年度的报告：本程序保存的文件（.json）或导出的 Word
          文档，也可以是政府网站上公开的报告（PDF 文件 .pdf、另存的网页 .html 或文字
          .txt）或其他单位用 Word
          编写的报告（.docx）。先核对读出的内容，再生成本年报告：“上年结转”按上年“结转下年度继续办理”填好，正文带过来作为草稿。
        </p>
        <label htmlFor="last-year-file">选择上年的报告文件</label>
        <input
          id="last-year-file"
          type="file"
          accept={ACCEPTED}
          onChange={(e) => void openLastYear(e.currentTarget)}
        />
        {lastYearError ? (
          <p className="error" role="alert">
            {lastYearError}
          </p>
        ) : null}
        <div className="paste">
          <label htmlFor="last-year-paste">或者粘贴上年报告的内容</label>
          <p className="hint" id="last-year-paste-hint">
            在浏览器或 PDF 阅读器中打开上年的报告，按 Ctrl+A 全选、Ctrl+C 复制，再在下面的框中按
            Ctrl+V 粘贴，粘贴后自动读取。网页上的表格会按原样读出。
          </p>
          <textarea
            id="last-year-paste"
            className="paste-area"
            rows={4}
            aria-describedby="last-year-paste-hint"
            value={pastedText}
            onChange={(e) => setPastedText(e.target.value)}
            onPaste={paste}
          />
          <button
            type="button"
            disabled={reading || !pastedText.trim()}
            onClick={() => void readPasted({ html: '', text: pastedText })}
          >
            {reading ? '正在读取…' : '读取粘贴的文字'}
          </button>
          {pasteError ? (
            <p className="error" role="alert">
              {pasteError}
            </p>
          ) : null}
        </div>
      </section>
      <section aria-labelledby="open-heading" className="start-card">
        <h2 id="open-heading">打开报告文件</h2>
        <label htmlFor="open-file">选择报告文件（.json、.docx 或 .txt）</label>
        <input
          id="open-file"
          type="file"
          accept={ACCEPTED}
          onChange={(e) => void open(e.currentTarget)}
        />
        {openError ? (
          <p className="error" role="alert">
            {openError}
          </p>
        ) : null}
      </section>
      <section aria-labelledby="drafts-heading" className="start-card">
        <h2 id="drafts-heading">继续编辑草稿</h2>
        {draftError ? (
          <p className="error" role="alert">
            {draftError}
          </p>
        ) : null}
        {drafts === null ? <p>正在读取草稿…</p> : null}
        {drafts?.length === 0 && !draftError ? <p>本机还没有草稿。</p> : null}
        <ul className="drafts">
          {drafts?.map((d) => (
            <li key={d.key}>
              <button type="button" onClick={() => onResume(d.key)}>
                继续：{d.body || '（未填机关名称）'} {d.year}年
              </button>
              <span className="hint">
                {' '}
                {d.journal ? '尚未存入本机存储，暂存于' : '最后保存于'}{' '}
                {new Date(d.savedAt).toLocaleString('zh-CN')}
              </span>
              {d.journal ? (
                <button
                  type="button"
                  className="link-button"
                  onClick={() => d.journal && downloadJournal(d.journal)}
                >
                  下载备份
                </button>
              ) : null}
              <button
                type="button"
                className="link-button"
                onClick={() => void remove(d)}
                aria-label={`删除草稿 ${d.body} ${d.year}年`}
              >
                删除
              </button>
            </li>
          ))}
        </ul>
      </section>
    </main>
  );
}
