/**
 * Editing one report: the form, the autosave state, saving and opening files. A failed autosave
 * shows a banner that stays, offering the report as a downloaded backup, so work is never lost.
 */
import { useEffect, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { PrintView } from '../print/print-view';
import { check, printedTitle, serializeReport } from '../report';
import type { Report } from '../report';
import { ReportForm } from '../form/report-form';
import { reportFileName } from '../export/file-name';
import { download } from './download';
import { downloadTemplate } from './download-template';
import { OpenErrorsDialog } from './open-errors-dialog';
import type { PendingOutput } from './open-errors-dialog';
import { useAutosave } from './use-autosave';
import type { SaveState } from './use-autosave';
import { yearProblem } from './year-problem';

const time = (d: Date) => d.toLocaleTimeString('zh-CN', { hour12: false });

function SaveStatus({ state }: { state: SaveState }) {
  const text =
    state.state === 'saved'
      ? `已保存 ${time(state.at)}`
      : state.state === 'pending'
        ? '正在保存…'
        : state.state === 'failed'
          ? '未能保存到本机'
          : '';
  return (
    <span className="save-status" role="status">
      {text}
    </span>
  );
}

interface EditorProps {
  readonly initial: Report;
  /** What the reader noted when the report was opened (unreadable figures, edits made in Word). */
  readonly notes?: readonly string[];
  /** Starts next year's report from this one (spec §4). */
  readonly onStartNextYear: (report: Report) => void;
  readonly onClose: () => void;
}

export function Editor({ initial, notes = [], onStartNextYear, onClose }: EditorProps) {
  const [showNotes, setShowNotes] = useState(notes.length > 0);
  const lastYear = initial.lastYear;
  const [showCarried, setShowCarried] = useState(lastYear !== undefined);
  const [outputError, setOutputError] = useState('');
  const nextYear = initial.meta.year + 1;
  const nextProblem = yearProblem(nextYear);
  const { state, onChange, latest } = useAutosave(initial);
  const title = printedTitle(initial);
  // The print view is a snapshot taken when printing starts (button or Ctrl+P), so it does not
  // re-render on every keystroke while hidden.
  const [printing, setPrinting] = useState<{ report: Report; blank: boolean } | null>(null);
  const requestedBlank = useRef<boolean | null>(null);
  useEffect(() => {
    const before = () =>
      flushSync(() => setPrinting({ report: latest(), blank: requestedBlank.current ?? false }));
    const after = () => {
      requestedBlank.current = null;
    };
    window.addEventListener('beforeprint', before);
    window.addEventListener('afterprint', after);
    return () => {
      window.removeEventListener('beforeprint', before);
      window.removeEventListener('afterprint', after);
    };
  }, [latest]);
  const [pending, setPending] = useState<PendingOutput | null>(null);
  /** Runs an output, first showing the open errors when there are any (blank forms excepted). */
  const guarded = (what: string, proceed: () => void) => {
    const errors = check(latest()).filter((i) => i.severity === 'error');
    if (errors.length === 0) proceed();
    else setPending({ what, errors, proceed });
  };
  /** Exports fail rarely (memory, a blocked download); the user must hear of it, not lose a click. */
  const reportFailure = (what: string) => (error: unknown) =>
    setOutputError(`${what}失败：${error instanceof Error ? error.message : String(error)}`);
  const exportText = async () => {
    const report = latest();
    // Loaded on demand: the first load stays small (exporters are not needed to write a report).
    const { exportTxt } = await import('../export/txt');
    download(reportFileName(report, 'txt'), exportTxt(report), 'text/plain;charset=utf-8');
  };
  const exportWord = async () => {
    const report = latest();
    const { exportDocx, DOCX_MIME } = await import('../export/docx');
    download(reportFileName(report, 'docx'), await exportDocx(report), DOCX_MIME);
  };
  const print = (blank: boolean) => {
    requestedBlank.current = blank;
    flushSync(() => setPrinting({ report: latest(), blank }));
    window.print();
  };
  const saveFile = () => {
    const report = latest();
    download(reportFileName(report, 'json'), serializeReport(report), 'application/json');
  };
  return (
    <div className="editor">
      {printing ? <PrintView report={printing.report} blank={printing.blank} /> : null}
      {pending ? <OpenErrorsDialog pending={pending} onClose={() => setPending(null)} /> : null}
      <header className="editor-header screen-only">
        <h1>{title}</h1>
        <div className="editor-actions">
          <SaveStatus state={state} />
          <button type="button" onClick={saveFile}>
            保存报告文件
          </button>
          <button type="button" onClick={() => guarded('打印', () => print(false))}>
            打印
          </button>
          <button type="button" onClick={() => print(true)}>
            打印空白表
          </button>
          <button
            type="button"
            onClick={() => guarded('导出', () => void exportWord().catch(reportFailure('导出')))}
          >
            导出 Word（.docx）
          </button>
          <button
            type="button"
            onClick={() => guarded('导出', () => void exportText().catch(reportFailure('导出')))}
          >
            导出文本（.txt）
          </button>
          {lastYear ? (
            <button
              type="button"
              onClick={() => void downloadTemplate(latest()).catch(reportFailure('下载预填模板'))}
            >
              下载预填模板（.docx）
            </button>
          ) : null}
          <button
            type="button"
            disabled={nextProblem !== null}
            title={nextProblem ?? `以本报告为上年报告，开始${nextYear}年报告`}
            onClick={() => onStartNextYear(latest())}
          >
            开始{nextYear}年报告
          </button>
          <button type="button" onClick={onClose}>
            返回首页
          </button>
        </div>
      </header>
      {state.state === 'failed' ? (
        <div className="banner banner-error screen-only" role="alert">
          <p>
            未能把草稿保存在本机（{state.error}
            ）。可能是浏览器的隐私模式或存储空间已满。请先下载备份，以免丢失已填写的内容。
          </p>
          <button type="button" onClick={saveFile}>
            下载备份
          </button>
        </div>
      ) : null}
      {outputError ? (
        <div className="banner banner-error screen-only" role="alert">
          <p>{outputError}</p>
          <button type="button" onClick={() => setOutputError('')}>
            知道了
          </button>
        </div>
      ) : null}
      {showCarried && lastYear ? (
        <div className="banner banner-notes screen-only" role="region" aria-label="预填说明">
          <p>
            本报告由{lastYear.meta.year}
            年报告预填：表三“二、上年结转”已按上年“四、结转下年度继续办理”填好（标有“上年结转”）；正文是上年内容，请逐节按本年情况改写；其余数字留空待填。点“显示
            {lastYear.meta.year}年数字”可在每格下看到上年数字。
          </p>
          <button type="button" onClick={() => setShowCarried(false)}>
            知道了
          </button>
        </div>
      ) : null}
      {showNotes ? (
        <div
          className="banner banner-notes screen-only"
          role="region"
          aria-label="打开文件时的提示"
        >
          <div>
            <p>打开文件时有 {notes.length} 条提示，请核对相应的格子：</p>
            <ul>
              {notes.map((note) => (
                <li key={note}>{note}</li>
              ))}
            </ul>
          </div>
          <button type="button" onClick={() => setShowNotes(false)}>
            知道了
          </button>
        </div>
      ) : null}
      <main className="screen-only">
        <ReportForm initial={initial} lastYear={lastYear} onChange={onChange} />
      </main>
    </div>
  );
}
