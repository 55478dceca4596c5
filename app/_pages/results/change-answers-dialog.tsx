'use client';

import { ConfirmDialog } from '@/app/_shared/confirm-dialog';

import { RESULTS_PAGE_COPY } from '@/lib/report/results-header';

import type { ChangeAnswers } from './use-change-answers';

const WORDS = RESULTS_PAGE_COPY.changeDialog;

/** Asks before a result's answers replace other answers saved as quiz progress. */
export function ChangeAnswersDialog({ change }: { change: ChangeAnswers }) {
  const { dialogRef, text, confirm, dismiss } = change.question;
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
