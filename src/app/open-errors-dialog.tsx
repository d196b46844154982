/**
 * Before a report leaves the app (print, .docx, .txt) with errors still open, the user sees them
 * and decides: a published table that does not balance is never produced without this warning.
 * Saving the .json is never held up: saving work must always be possible.
 */
import type { Issue } from '../report';
import { useModalDialog } from './use-modal-dialog';

export interface PendingOutput {
  readonly what: string;
  readonly errors: readonly Issue[];
  readonly proceed: () => void;
}

const LISTED = 8;

export function OpenErrorsDialog({
  pending,
  onClose,
}: {
  pending: PendingOutput;
  onClose: () => void;
}) {
  const { dialog } = useModalDialog();
  const { what, errors, proceed } = pending;
  return (
    <dialog
      ref={dialog}
      className="open-errors"
      aria-labelledby="open-errors-title"
      onClose={onClose}
    >
      <h2 id="open-errors-title">报告还有 {errors.length} 个错误</h2>
      <p>
        以下问题会出现在{what}中（例如表格不平衡、有空白格）。建议先改正再{what}。
      </p>
      <ul>
        {errors.slice(0, LISTED).map((issue) => (
          <li key={issue.key}>{issue.message}</li>
        ))}
      </ul>
      {errors.length > LISTED ? (
        <p>……另有 {errors.length - LISTED} 个错误，见“检查结果”。</p>
      ) : null}
      <div className="dialog-actions">
        <button type="button" autoFocus onClick={() => dialog.current?.close()}>
          返回修改
        </button>
        <button
          type="button"
          onClick={() => {
            dialog.current?.close();
            proceed();
          }}
        >
          仍然{what}
        </button>
      </div>
    </dialog>
  );
}
