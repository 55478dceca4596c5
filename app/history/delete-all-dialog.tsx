'use client';

import { useRef } from 'react';

import styles from './history.module.css';

/** "Delete all", which asks first in a modal dialog. */
export function DeleteAllDialog({ count, onConfirm }: { count: number; onConfirm: () => void }) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const close = () => dialogRef.current?.close();
  return (
    <>
      <button
        type="button"
        className={`button button-secondary ${styles.small} ${styles.danger}`}
        onClick={() => dialogRef.current?.showModal()}
      >
        Delete all
      </button>
      <dialog
        ref={dialogRef}
        className="dialog"
        aria-labelledby="delete-all-title"
        aria-describedby="delete-all-text"
      >
        <h2 id="delete-all-title" className={styles.dialogTitle}>
          Delete your whole history?
        </h2>
        <p id="delete-all-text">
          This removes {count === 1 ? 'the one result' : `all ${count} results`} kept in this
          browser, for good. Export your history first if you may want it back. The results page
          still shows your last finished quiz.
        </p>
        <div className={styles.entryActions}>
          <button
            type="button"
            className={`button ${styles.dangerButton}`}
            onClick={() => {
              close();
              onConfirm();
            }}
          >
            Delete all results
          </button>
          <button type="button" className="button button-secondary" onClick={close}>
            Keep them
          </button>
        </div>
      </dialog>
    </>
  );
}
