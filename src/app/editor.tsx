/**
 * Editing one report: the form, the autosave state, saving and opening files. A failed autosave
 * shows a banner that stays, offering the report as a downloaded backup, so work is never lost. A
 * window that does not hold the draft (another window edits it) shows it read-only with a way to
 * take it over; a newer revision saved elsewhere is never overwritten without asking.
 */
import { useEffect, useRef, useState, useSyncExternalStore } from 'react';
import type { FocusEvent, MutableRefObject } from 'react';
import { flushSync } from 'react-dom';
import { PrintView } from '../print/print-view';
import { check, metaAddress, printedTitle, serializeReport } from '../report';
import type { Report } from '../report';
import { ReportForm } from '../form/report-form';
import { createReportStore } from '../form/report-store';
import type { ReportStore } from '../form/report-store';
import { reportFileName } from '../export/file-name';
import { domIdOf } from '../form/dom-ids';
import { loadChunk } from './chunk-error';
import { download } from './download';
import type { LockState } from './draft-lock';
import { draftsNamed } from './drafts-store';
import type { DraftSummary } from './drafts-store';
import type { OpenedDraft } from './open-draft';
import { RenameCollisionDialog } from './rename-collision-dialog';
import { downloadTemplate } from './download-template';
import { OpenErrorsDialog } from './open-errors-dialog';
import type { PendingOutput } from './open-errors-dialog';
import { useAutosave } from './use-autosave';
import type { ValueStore } from './value-store';
import type { SaveState } from './use-autosave';
import { yearProblem } from './year-problem';

/** One formatter for every save: creating one per call cost milliseconds among keystrokes. */
const clock = new Intl.DateTimeFormat('zh-CN', {
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hour12: false,
});
const time = (d: Date) => clock.format(d);

const STATUS: Record<Exclude<SaveState['state'], 'saved'>, string> = {
  idle: '',
  pending: '正在保存…',
  failed: '未能保存到本机',
  conflict: '未保存：另一个窗口有较新的内容',
  'read-only': '只读',
};

const useSaveState = (store: ValueStore<SaveState>): SaveState =>
  useSyncExternalStore(store.subscribe, store.get);

function SaveStatus({ store }: { store: ValueStore<SaveState> }) {
  const state = useSaveState(store);
  const text = state.state === 'saved' ? `已保存 ${time(state.at)}` : STATUS[state.state];
  return (
    <span className="save-status" role="status">
      {text}
    </span>
  );
}

interface SaveBannersProps {
  readonly state: ValueStore<SaveState>;
  /** The draft could not be read from or stored in this browser when it was opened. */
  readonly storageError: string | undefined;
  readonly onUseNewer: () => void;
  readonly onOverwrite: () => void;
  readonly onDownload: () => void;
}

/** A conflict or a failed save: shown until resolved, with the report offered as a download. */
function SaveBanners({
  state: store,
  storageError,
  onUseNewer,
  onOverwrite,
  onDownload,
}: SaveBannersProps) {
  const state = useSaveState(store);
  return (
    <>
      {state.state === 'conflict' ? (
        <div className="banner banner-error screen-only" role="alert">
          <p>
            另一个窗口已保存了这份报告较新的内容
            {state.newer ? `（${time(new Date(state.newer.savedAt))}）` : ''}
            ，本窗口的修改没有保存，也没有覆盖它。请选择保留哪一份；也可以先下载本窗口的内容。
          </p>
          <button type="button" onClick={onUseNewer}>
            改用较新的内容
          </button>
          <button type="button" onClick={onOverwrite}>
            保留本窗口的内容
          </button>
          <button type="button" onClick={onDownload}>
            下载备份
          </button>
        </div>
      ) : null}
      {state.state === 'failed' || (storageError && state.state !== 'saved') ? (
        <div className="banner banner-error screen-only" role="alert">
          <p>
            未能把草稿保存在本机（
            {state.state === 'failed' ? state.error : storageError}
            ）。可能是浏览器的隐私模式、存储空间已满或浏览器存储出了故障。已填写的内容暂存在本页中，请先下载备份，以免丢失。
          </p>
          <button type="button" onClick={onDownload}>
            下载备份
          </button>
        </div>
      ) : null}
    </>
  );
}

/** The report's title as typed: the heading follows the title and body fields. */
function Title({ store }: { store: ReportStore }) {
  const title = useSyncExternalStore(store.subscribe, () => printedTitle(store.get().report));
  return <h1>{title}</h1>;
}

const BODY_FIELD = domIdOf(metaAddress('body'));

interface EditorProps {
  readonly draftKey: string;
  /** The report as opened, with what the reader or the journal noted and its stored revision. */
  readonly draft: OpenedDraft;
  /** False while another window edits the draft (or this one is taking it over). */
  readonly editable: boolean;
  readonly lock: LockState;
  /** Set to the autosave's flush, for a take-over by another window. */
  readonly flushRef: MutableRefObject<() => Promise<void>>;
  readonly onTakeOver: () => void;
  /** Starts next year's report from this one (spec §4). */
  readonly onStartNextYear: (report: Report) => void;
  /** Opens another stored draft (or this one again, to read its newest revision). */
  readonly onOpenDraft: (key: string) => void;
  readonly onClose: () => void;
}

export function Editor({
  draftKey,
  draft,
  editable,
  lock,
  flushRef,
  onTakeOver,
  onStartNextYear,
  onOpenDraft,
  onClose,
}: EditorProps) {
  const initial = draft.report;
  const notes = draft.notes;
  const [showNotes, setShowNotes] = useState(notes.length > 0);
  const lastYear = initial.lastYear;
  const [showCarried, setShowCarried] = useState(lastYear !== undefined);
  const [outputError, setOutputError] = useState('');
  const nextYear = initial.meta.year + 1;
  const nextProblem = yearProblem(nextYear);
  // The report being edited: every change settled in the store is saved.
  const save = useRef<(report: Report) => void>(() => undefined);
  const touch = useRef<() => void>(() => undefined);
  const [store] = useState(() =>
    createReportStore(initial, {
      changed: () => touch.current(),
      settled: (report) => save.current(report),
    }),
  );
  const { latest } = store;
  const autosave = useAutosave({
    key: draftKey,
    initial,
    revision: draft.revision,
    storedText: draft.storedText,
    edit: draft.edit,
    editable,
    settle: store.settle,
  });
  const { state, flush, overwrite } = autosave;
  save.current = autosave.onChange;
  touch.current = autosave.touch;
  flushRef.current = flush;
  const [collision, setCollision] = useState<DraftSummary | null>(null);
  /** Names already asked about, so leaving the field again does not ask again. */
  const asked = useRef(new Set<string>());
  // Leaving 机关全称: another draft of the same body and year is kept, but the user is asked.
  const checkName = (event: FocusEvent) => {
    if ((event.target as HTMLElement).id !== BODY_FIELD || !editable) return;
    const { body, year } = latest().meta;
    const name = `${body.trim()}|${year}`;
    if (!body.trim() || asked.current.has(name)) return;
    void draftsNamed(body, year)
      .then((drafts) => {
        const other = drafts.find((d) => d.key !== draftKey);
        if (!other) return;
        asked.current.add(name);
        setCollision(other);
      })
      .catch(() => undefined);
  };
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
    const { exportTxt } = await loadChunk(() => import('../export/txt'));
    download(reportFileName(report, 'txt'), exportTxt(report), 'text/plain;charset=utf-8');
  };
  const exportWord = async () => {
    const report = latest();
    const { exportDocx, DOCX_MIME } = await loadChunk(() => import('../export/docx'));
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
      {collision ? (
        <RenameCollisionDialog
          other={collision}
          onKeepBoth={() => setCollision(null)}
          onOpenOther={() => {
            setCollision(null);
            void flush().then(() => onOpenDraft(collision.key));
          }}
        />
      ) : null}
      <header className="editor-header screen-only">
        <Title store={store} />
        <div className="editor-actions">
          <SaveStatus store={state} />
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
      {lock !== 'held' ? (
        <div className="banner banner-notes screen-only" role="region" aria-label="只读">
          <p>
            {lock === 'elsewhere'
              ? '这份报告正在另一个窗口中编辑。本窗口只读，以免两处的修改互相覆盖。'
              : '正在接管编辑，另一个窗口会先保存它的修改…'}
          </p>
          {lock === 'elsewhere' ? (
            <button type="button" onClick={onTakeOver}>
              在本窗口编辑
            </button>
          ) : null}
        </div>
      ) : null}
      <SaveBanners
        state={state}
        storageError={draft.storageError}
        onUseNewer={() => onOpenDraft(draftKey)}
        onOverwrite={overwrite}
        onDownload={saveFile}
      />
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
      <main className="screen-only" onBlur={checkName}>
        {/* A disabled fieldset makes every field of the form read-only at once. */}
        <fieldset className="form-lock" disabled={!editable}>
          <legend className="visually-hidden">报告内容</legend>
          <ReportForm store={store} lastYear={lastYear} />
        </fieldset>
      </main>
    </div>
  );
}
