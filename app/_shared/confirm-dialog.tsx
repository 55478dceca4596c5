'use client';

import type { RefObject } from 'react';

import { Button } from '@/app/_shared/ui';

interface Props {
  /** The `<dialog>`; open it with `dialogRef.current?.showModal()`. */
  dialogRef: RefObject<HTMLDialogElement | null>;
  /** Prefix of the ids that name and describe the dialog. */
  id: string;
  title: string;
  text: string;
  confirmLabel: string;
  cancelLabel: string;
  /** Draws the confirming button as a warning, for what cannot be undone. */
  danger?: boolean;
  onConfirm: () => void;
  /** Called whenever the dialog closes: confirmed, cancelled, or dismissed with Escape. */
  onClose?: () => void;
}

/** A question asked in a modal dialog before an action that replaces or deletes what is saved. */
export function ConfirmDialog({
  dialogRef,
  id,
  title,
  text,
  confirmLabel,
  cancelLabel,
  danger = false,
  onConfirm,
  onClose,
}: Props) {
  const close = () => dialogRef.current?.close();
  return (
    <dialog
      ref={dialogRef}
      className="dialog"
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-text`}
      onClose={onClose}
    >
      <h2 id={`${id}-title`}>{title}</h2>
      <p id={`${id}-text`}>{text}</p>
      <div className="cluster">
        <Button
          variant={danger ? 'danger' : 'primary'}
          onClick={() => {
            close();
            onConfirm();
          }}
        >
          {confirmLabel}
        </Button>
        <Button variant="secondary" onClick={close}>
          {cancelLabel}
        </Button>
      </div>
    </dialog>
  );
}
