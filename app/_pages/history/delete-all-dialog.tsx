'use client';

import { useRef } from 'react';

import { ConfirmDialog } from '@/app/_shared/confirm-dialog';
import { Button } from '@/app/_shared/ui';
import { describeDeleteAll } from '@/lib/history/describe-deletion';

import styles from './history.module.css';
import { useHistoryWords } from './use-history-words';

/** "Delete all", which asks first in a modal dialog. */
export function DeleteAllDialog({ count, onConfirm }: { count: number; onConfirm: () => void }) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const words = useHistoryWords();
  const WORDS = words.history.page.deleteAll;
  return (
    <>
      <Button
        variant="danger"
        className={styles.small}
        onClick={() => dialogRef.current?.showModal()}
      >
        {WORDS.button}
      </Button>
      <ConfirmDialog
        dialogRef={dialogRef}
        id="delete-all"
        title={WORDS.title}
        text={describeDeleteAll(words, count)}
        confirmLabel={WORDS.confirm}
        cancelLabel={WORDS.cancel}
        danger
        onConfirm={onConfirm}
      />
    </>
  );
}
