import { useEffect, useId, useRef, type ReactNode } from 'react';
import { Button } from './Button.js';
import { ButtonGroup } from './ButtonGroup.js';

export interface ConfirmDialogProps {
  open: boolean;
  title: string;
  children: ReactNode;
  confirmLabel: string;
  onConfirm: () => void;
  onCancel: () => void;
}

/**
 * A modal question built on <dialog>: the browser traps focus, closes it on Escape and gives
 * focus back to the button that opened it.
 */
export function ConfirmDialog(props: ConfirmDialogProps) {
  const { open, title, children, confirmLabel, onConfirm, onCancel } = props;
  const ref = useRef<HTMLDialogElement>(null);
  const cancelRef = useRef<HTMLButtonElement>(null);
  const titleId = useId();

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      dialog.showModal();
      // Start on the safe choice: Enter by habit must not confirm something drastic.
      cancelRef.current?.focus();
    }
    if (!open && dialog.open) dialog.close();
  }, [open]);

  return (
    <dialog
      ref={ref}
      aria-labelledby={titleId}
      onCancel={(event) => {
        event.preventDefault();
        onCancel();
      }}
      className="utrecht-alert-dialog mw-dialog"
    >
      <div className="utrecht-alert-dialog__message">
        <h2 id={titleId} className="utrecht-heading-2">
          {title}
        </h2>
        {children}
        <ButtonGroup>
          <Button appearance="primary-action" onClick={onConfirm}>
            {confirmLabel}
          </Button>
          <Button ref={cancelRef} onClick={onCancel}>
            Annuleren
          </Button>
        </ButtonGroup>
      </div>
    </dialog>
  );
}
