/**
 * Opening or starting a report whose body and year match an existing draft: the user most often
 * means to go on with that draft, so that is asked first. Keeping both or replacing the draft are
 * the other choices — nothing in the draft is lost without being asked.
 */
import type { DraftSummary } from './drafts-store';
import { useModalDialog } from './use-modal-dialog';

interface DraftConflictDialogProps {
  readonly existing: DraftSummary;
  readonly onResume: () => void;
  readonly onReplace: () => void;
  readonly onKeepBoth: () => void;
  readonly onCancel: () => void;
}

export function DraftConflictDialog({
  existing,
  onResume,
  onReplace,
  onKeepBoth,
  onCancel,
}: DraftConflictDialogProps) {
  const { dialog, act } = useModalDialog();
  const name = `${existing.body || '（未填机关名称）'} ${existing.year}年`;
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
        。可以继续编辑它，也可以另建一份草稿（两份都保留），或用新的内容替换它（草稿中的修改将丢失）。
      </p>
      <div className="dialog-actions">
        <button type="button" autoFocus onClick={act(onResume)}>
          继续编辑已有草稿
        </button>
        <button type="button" onClick={act(onKeepBoth)}>
          两份都保留
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
