/**
 * Shown while a file is read for longer than a moment (read-in-worker.ts decides when): the name of
 * the file and 取消, which stops the read at once and leaves the user where they were. Focus goes to
 * 取消 and comes back afterwards to where it was (the file picker, the paste box); Esc cancels.
 */
import { useEffect, useRef } from 'react';

export interface SlowReading {
  readonly name: string;
  readonly cancel: () => void;
}

export function ReadingDialog({ reading }: { reading: SlowReading }) {
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const returnTo = document.activeElement;
    const element = dialog.current;
    if (element && !element.open) element.showModal();
    return () => {
      element?.close();
      if (returnTo instanceof HTMLElement && returnTo.isConnected) returnTo.focus();
    };
  }, []);
  return (
    <dialog
      ref={dialog}
      className="reading-dialog"
      aria-labelledby="reading-title"
      aria-describedby="reading-hint"
      aria-modal="true"
      onCancel={(event) => {
        // Esc: the read stops, and the dialog closes when the caller learns it has.
        event.preventDefault();
        reading.cancel();
      }}
    >
      <h2 id="reading-title">正在读取“{reading.name}”…</h2>
      <p id="reading-hint" className="hint">
        文件较大或内容较多时需要多一点时间。不想等可以取消，页面上的内容不会改变。
      </p>
      <progress aria-label="读取进度" />
      <div className="dialog-actions">
        <button type="button" autoFocus onClick={reading.cancel}>
          取消
        </button>
      </div>
    </dialog>
  );
}
