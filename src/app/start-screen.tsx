/**
 * The first screen: start a new report (body and year; the format follows the year), start this
 * year's report from last year's file, open a file, or continue a draft kept in this browser. A
 * refused year or an unreadable file is said in plain words and nothing else changes. A file the
 * program did not write itself (a published report's text, someone else's Word file) is reviewed
 * before it is used.
 */
import { useEffect, useState } from 'react';
import type { FormEvent } from 'react';
import { emptyReport, formatForYear, formatSpecs, halfWidthDigits } from '../report';
import type { Report } from '../report';
import { deleteDraft, listDrafts, loadDraft } from './drafts-store';
import type { DraftSummary } from './drafts-store';
import type { OpenedFile } from './import-review';
import { openReportFile } from './open-file';
import { defaultYear, yearProblem } from './year-problem';

interface StartScreenProps {
  /** A message from the app to show at the drafts (a draft that could not be loaded). */
  readonly error?: string | undefined;
  readonly onNew: (report: Report) => void;
  /** A report from a file this program wrote (save file, our .docx), with the reader's notes. */
  readonly onOpen: (report: Report, notes: readonly string[]) => void;
  readonly onResume: (report: Report) => void;
  /** A file to review before use: anyone else's, or any file picked as last year's report. */
  readonly onReview: (opened: OpenedFile) => void;
}

/** Every kind of file the readers take (they choose by content; this only filters the picker). */
const ACCEPTED = '.json,.docx,.txt,.pdf,application/json,text/plain,application/pdf';

export function StartScreen({ error, onNew, onOpen, onResume, onReview }: StartScreenProps) {
  const [body, setBody] = useState('');
  const [year, setYear] = useState(String(defaultYear()));
  const [formError, setFormError] = useState('');
  const [openError, setOpenError] = useState('');
  const [lastYearError, setLastYearError] = useState('');
  const [drafts, setDrafts] = useState<DraftSummary[] | null>(null);
  const [draftError, setDraftError] = useState(error ?? '');

  useEffect(() => {
    listDrafts().then(setDrafts, (e: unknown) => {
      setDrafts([]);
      setDraftError(`无法读取本机草稿：${e instanceof Error ? e.message : String(e)}`);
    });
  }, []);

  const parsedYear = Number(halfWidthDigits(year).trim());
  const create = (event: FormEvent) => {
    event.preventDefault();
    const problem = !body.trim() ? '请填写机关全称。' : yearProblem(parsedYear);
    setFormError(problem ?? '');
    if (!problem) onNew(emptyReport(parsedYear, body.trim()));
  };

  const open = async (file: File | undefined) => {
    if (!file) return;
    const result = await openReportFile(file);
    setOpenError(result.ok ? '' : result.error);
    if (!result.ok) return;
    if (result.ours) onOpen(result.opened.report, result.opened.notes);
    else onReview(result.opened);
  };

  const openLastYear = async (file: File | undefined) => {
    if (!file) return;
    const result = await openReportFile(file);
    setLastYearError(result.ok ? '' : result.error);
    if (result.ok) onReview(result.opened);
  };

  const resume = async (key: string) => {
    const result = await loadDraft(key);
    if (result.ok) onResume(result.report);
    else setDraftError(result.error);
  };

  const remove = async (draft: DraftSummary) => {
    if (!window.confirm(`删除草稿“${draft.body} ${draft.year}年”？删除后不能恢复。`)) return;
    await deleteDraft(draft.key);
    setDrafts(await listDrafts());
  };

  const yearOk = yearProblem(parsedYear) === null;
  return (
    <main className="start">
      <h1>政府信息公开工作年度报告</h1>
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
          <button type="submit">开始编写</button>
        </form>
      </section>
      <section aria-labelledby="last-year-heading" className="start-card">
        <h2 id="last-year-heading">从上年报告开始</h2>
        <p className="hint">
          选择上一年度的报告：本程序保存的文件（.json）或导出的 Word
          文档，也可以是政府网站上公开的报告 PDF 文件或文字（.pdf、.txt）或其他单位用 Word
          编写的报告（.docx）。先核对读出的内容，再生成本年报告：“上年结转”按上年“结转下年度继续办理”填好，正文带过来作为草稿。
        </p>
        <label htmlFor="last-year-file">选择上年的报告文件</label>
        <input
          id="last-year-file"
          type="file"
          accept={ACCEPTED}
          onChange={(e) => void openLastYear(e.target.files?.[0])}
        />
        {lastYearError ? (
          <p className="error" role="alert">
            {lastYearError}
          </p>
        ) : null}
      </section>
      <section aria-labelledby="open-heading" className="start-card">
        <h2 id="open-heading">打开报告文件</h2>
        <label htmlFor="open-file">选择报告文件（.json、.docx 或 .txt）</label>
        <input
          id="open-file"
          type="file"
          accept={ACCEPTED}
          onChange={(e) => void open(e.target.files?.[0])}
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
              <button type="button" onClick={() => void resume(d.key)}>
                继续：{d.body || '（未填机关名称）'} {d.year}年
              </button>
              <span className="hint">
                {' '}
                最后保存于 {new Date(d.savedAt).toLocaleString('zh-CN')}
              </span>
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
