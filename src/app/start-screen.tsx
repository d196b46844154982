/**
 * The first screen: start a new report (body and year; the format follows the year), open a saved
 * file, or continue a draft kept in this browser. A refused year or an unreadable file is said in
 * plain words and nothing else changes.
 */
import { useEffect, useState } from 'react';
import type { FormEvent } from 'react';
import { FIRST_YEAR, emptyReport, formatForYear, formatSpecs, halfWidthDigits } from '../report';
import type { Report } from '../report';
import { deleteDraft, listDrafts, loadDraft } from './drafts-store';
import type { DraftSummary } from './drafts-store';
import { openReportFile } from './open-file';

/** Reports are written early in the following year for the year just ended (spec §1). */
const defaultYear = () => new Date().getFullYear() - 1;

export function yearProblem(year: number, now = new Date()): string | null {
  if (!Number.isInteger(year)) return '请填写四位数的年份，如 2025。';
  if (year < FIRST_YEAR) {
    return `${year}年没有统一格式：年度报告格式自 ${FIRST_YEAR} 年起由国办公开办函〔2019〕60号规定，请填写 ${FIRST_YEAR} 年或以后的年份。`;
  }
  if (year > now.getFullYear()) return `${year}年还没有结束，不能编写该年度的报告。`;
  return null;
}

export function StartScreen({
  onStart,
}: {
  onStart: (report: Report, notes?: readonly string[]) => void;
}) {
  const [body, setBody] = useState('');
  const [year, setYear] = useState(String(defaultYear()));
  const [formError, setFormError] = useState('');
  const [openError, setOpenError] = useState('');
  const [drafts, setDrafts] = useState<DraftSummary[] | null>(null);
  const [draftError, setDraftError] = useState('');

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
    if (!problem) onStart(emptyReport(parsedYear, body.trim()));
  };

  const open = async (file: File | undefined) => {
    if (!file) return;
    const result = await openReportFile(file);
    if (result.ok) onStart(result.report, result.notes);
    else setOpenError(result.error);
  };

  const resume = async (key: string) => {
    const result = await loadDraft(key);
    if (result.ok) onStart(result.report);
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
      <section aria-labelledby="open-heading" className="start-card">
        <h2 id="open-heading">打开报告文件</h2>
        <label htmlFor="open-file">选择本程序保存的报告文件</label>
        <input
          id="open-file"
          type="file"
          accept=".json,application/json"
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
