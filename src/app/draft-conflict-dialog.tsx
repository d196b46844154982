/**
 * Drafts are kept one per body and year, so opening or starting a report whose draft already
 * exists would overwrite that draft on the first autosave. The user chooses first: go on with the
 * draft, or replace it — nothing in the draft is lost without being asked.
 */
import { useEffect, useRef } from 'react';
import type { DraftSummary } from './drafts-store';

interface DraftConflictDialogProps {
  readonly existing: DraftSummary;
  readonly onResume: () => void;
  readonly onReplace: () => void;
  readonly onCancel: () => void;
}

export function DraftConflictDialog({
  existing,
  onResume,
  onReplace,
  onCancel,
}: DraftConflictDialogProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
  }, []);
  const name = `${existing.body || '（未填机关名称）'} ${existing.year}年`;
  const act = (then: () => void) => () => {
    dialog.current?.close();
    then();
  };
  return (
    <dialog
      ref={dialog}
      className="open-errors"
      aria-labelledby="draft-conflict-title"
      onCancel={onCancel}
    >
      <h2 id="draft-conflict-title">本机已有“{name}”的草稿</h2>
      <p>
        这份草稿最后保存于 {new Date(existing.savedAt).toLocaleString('zh-CN')}
        。同一机关同一年度只保留一份草稿：继续下去会用新的内容替换它，草稿中的修改将丢失。
      </p>
      <div className="dialog-actions">
        <button type="button" autoFocus onClick={act(onResume)}>
          继续编辑已有草稿
        </button>
        <button type="button" onClick={act(onReplace)}>
          替换草稿
        </button>
        <button type="button" onClick={act(onCancel)}>
          取消
        </button>
      </div>
    </dialog>
  );
}
