'use client';

import { useRef } from 'react';

import { ConfirmDialog } from '@/app/_shared/confirm-dialog';
import { Button } from '@/app/_shared/ui';
import { describeDeleteAll } from '@/lib/history/describe-deletion';

import styles from './history.module.css';

/** "Delete all", which asks first in a modal dialog. */
export function DeleteAllDialog({ count, onConfirm }: { count: number; onConfirm: () => void }) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  return (
    <>
      <Button
        variant="danger"
        className={styles.small}
        onClick={() => dialogRef.current?.showModal()}
      >
        Delete all
      </Button>
      <ConfirmDialog
        dialogRef={dialogRef}
        id="delete-all"
        title="Delete your whole history?"
        text={describeDeleteAll(count)}
        confirmLabel="Delete all results"
        cancelLabel="Keep them"
        danger
        onConfirm={onConfirm}
      />
    </>
  );
}
