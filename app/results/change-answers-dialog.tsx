'use client';

import { ConfirmDialog } from '@/app/_shared/confirm-dialog';

import type { ChangeAnswers } from './use-change-answers';

/** Asks before a result's answers replace other answers saved as quiz progress. */
export function ChangeAnswersDialog({ change }: { change: ChangeAnswers }) {
  const { dialogRef, text, confirm, dismiss } = change.question;
  return (
    <ConfirmDialog
      dialogRef={dialogRef}
      id="replace"
      title="Replace the answers saved in this browser?"
      text={text}
      confirmLabel="Replace them and open the quiz"
      cancelLabel="Keep the saved answers"
      onConfirm={confirm}
      onClose={dismiss}
    />
  );
}
