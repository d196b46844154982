/**
 * A `<dialog>` shown modally as soon as it mounts (the dialogs here exist only while asked), and
 * `act`, which wraps a choice so the dialog closes before the choice is carried out.
 */
import { useEffect, useRef } from 'react';

export function useModalDialog() {
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
  }, []);
  const act = (then: () => void) => () => {
    dialog.current?.close();
    then();
  };
  return { dialog, act };
}
