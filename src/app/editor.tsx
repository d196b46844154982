/**
 * Editing one report: the form, the autosave state, saving and opening files. A failed autosave
 * shows a banner that stays, offering the report as a downloaded backup, so work is never lost.
 */
import { useState } from 'react';
import { defaultTitle, serializeReport } from '../report';
import type { Report } from '../report';
import { ReportForm } from '../form/report-form';
import { download, safeFileName } from './download';
import { useAutosave } from './use-autosave';
import type { SaveState } from './use-autosave';

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

export function Editor({ initial, onClose }: { initial: Report; onClose: () => void }) {
  const { state, onChange, latest } = useAutosave(initial);
  const [title] = useState(
    () => initial.meta.title || defaultTitle(initial.meta.body, initial.meta.year),
  );
  const saveFile = () => {
    const report = latest();
    const name = report.meta.title || defaultTitle(report.meta.body, report.meta.year);
    download(`${safeFileName(name)}.json`, serializeReport(report), 'application/json');
  };
  return (
    <div className="editor">
      <header className="editor-header">
        <h1>{title}</h1>
        <div className="editor-actions">
          <SaveStatus state={state} />
          <button type="button" onClick={saveFile}>
            保存报告文件
          </button>
          <button type="button" onClick={onClose}>
            返回首页
          </button>
        </div>
      </header>
      {state.state === 'failed' ? (
        <div className="banner banner-error" role="alert">
          <p>
            未能把草稿保存在本机（{state.error}
            ）。可能是浏览器的隐私模式或存储空间已满。请先下载备份，以免丢失已填写的内容。
          </p>
          <button type="button" onClick={saveFile}>
            下载备份
          </button>
        </div>
      ) : null}
      <ReportForm initial={initial} onChange={onChange} />
    </div>
  );
}
