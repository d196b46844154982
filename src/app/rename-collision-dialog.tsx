/**
 * Renaming the body (or a report whose year matches) can make this draft share its body and year
 * with another draft. Drafts are stored under keys of their own, so nothing is overwritten either
 * way; the user is asked whether both are meant, and keeps both unless choosing otherwise.
 */
import { deleteDraft } from './drafts-store';
import type { DraftSummary } from './drafts-store';
import { useModalDialog } from './use-modal-dialog';

interface RenameCollisionDialogProps {
  readonly other: DraftSummary;
  readonly onKeepBoth: () => void;
  readonly onOpenOther: () => void;
}

export function RenameCollisionDialog({
  other,
  onKeepBoth,
  onOpenOther,
}: RenameCollisionDialogProps) {
  const { dialog, act } = useModalDialog();
  const name = `${other.body} ${other.year}年`;
  return (
    <dialog
      ref={dialog}
      className="open-errors"
      aria-labelledby="rename-collision-title"
      onCancel={onKeepBoth}
    >
      <h2 id="rename-collision-title">本机已有另一份“{name}”的草稿</h2>
      <p>
        那份草稿最后保存于 {new Date(other.savedAt).toLocaleString('zh-CN')}
        。两份草稿各自保存，互不覆盖；在首页“继续编辑草稿”中会列出两份。
      </p>
      <div className="dialog-actions">
        <button type="button" autoFocus onClick={act(onKeepBoth)}>
          两份都保留
        </button>
        <button type="button" onClick={act(onOpenOther)}>
          改为编辑那份草稿
        </button>
        <button
          type="button"
          onClick={act(() => {
            void deleteDraft(other.key).catch(() => undefined);
            onKeepBoth();
          })}
        >
          删除那份草稿
        </button>
      </div>
    </dialog>
  );
}
