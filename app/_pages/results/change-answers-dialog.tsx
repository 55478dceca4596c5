'use client';

import { ConfirmDialog } from '@/app/_shared/confirm-dialog';
import { useWords } from '@/app/_shared/page-words';

import type { ChangeAnswers } from './use-change-answers';

/** Asks before a result's answers replace other answers saved as quiz progress. */
export function ChangeAnswersDialog({ change }: { change: ChangeAnswers }) {
  const { dialogRef, text, confirm, dismiss } = change.question;
  const WORDS = useWords('result').page.changeDialog;
  return (
    <ConfirmDialog
      dialogRef={dialogRef}
      id="replace"
      title={WORDS.title}
      text={text}
      confirmLabel={WORDS.confirm}
      cancelLabel={WORDS.cancel}
      onConfirm={confirm}
      onClose={dismiss}
    />
  );
}
