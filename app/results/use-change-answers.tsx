'use client';

import { useRouter } from 'next/navigation';
import { useRef, useState, type ReactNode } from 'react';

import type { Answers, Form } from '@/lib/answers/schema';
import type { QuestionBank } from '@/lib/bank/schema';
import { buildSteps } from '@/lib/quiz/build-steps';
import { isSameAnswerSet } from '@/lib/report';

import {
  keepAsideIfDamaged,
  PROGRESS_KEY,
  readItem,
  writeStored,
} from '@/app/_shared/progress-storage';
import type { ResultSource } from './report';
import styles from './results.module.css';

export interface ChangeAnswers {
  /** Opens the quiz on these answers, at a step or at its review; asks first if that would replace other saved answers. */
  readonly request: (stepIndex?: number) => void;
  /** The confirmation dialog, rendered once by the report. */
  readonly dialog: ReactNode;
  /** Why the quiz could not be opened on these answers, if it could not. */
  readonly problem: string | null;
}

interface Existing {
  readonly answered: number;
  readonly finished: boolean;
  readonly form: Form;
}

/**
 * Takes these answers back into the quiz, which resumes from saved progress: the answers are
 * written as progress (after asking, when other answers are saved there) and the quiz opens.
 */
export function useChangeAnswers(
  bank: QuestionBank,
  form: Form,
  answers: Answers,
  source: ResultSource,
): ChangeAnswers {
  const router = useRouter();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const [pending, setPending] = useState<{ step: number; existing: Existing } | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const stamp = { id: bank.id, version: bank.version };

  const go = (step: number) => {
    const ok = writeStored(PROGRESS_KEY, stamp, {
      form,
      answers,
      step,
      // A shared or imported result is not this person's finished quiz: it resumes as progress to review.
      finished: source === 'saved',
    });
    if (!ok) {
      setProblem(
        'This browser is not letting Role Fit save answers (private browsing or full storage usually causes this), so the quiz cannot open with these answers.',
      );
      return;
    }
    router.push('/quiz');
  };

  const request = async (stepIndex?: number) => {
    setProblem(null);
    const step = stepIndex ?? buildSteps(bank, form).length;
    const raw = readItem(PROGRESS_KEY);
    if (raw !== null) {
      // Fetched on click: the decoder (and zod) is not part of the page's first script.
      const { decodeSavedProgress } = await import('@/lib/codecs/saved-progress');
      const decoding = decodeSavedProgress(raw, stamp, bank.questions);
      if (decoding.status === 'restored') {
        const saved = decoding.progress;
        if (!isSameAnswerSet(saved, { form, answers }) && Object.keys(saved.answers).length > 0) {
          setPending({
            step,
            existing: {
              answered: Object.keys(saved.answers).length,
              finished: saved.finished,
              form: saved.form,
            },
          });
          dialogRef.current?.showModal();
          return;
        }
      } else {
        // Unreadable progress is kept aside, never simply overwritten.
        keepAsideIfDamaged(PROGRESS_KEY, raw, decoding);
      }
    }
    go(step);
  };

  const close = () => {
    dialogRef.current?.close();
    setPending(null);
  };

  const dialog = (
    <dialog
      ref={dialogRef}
      className="dialog"
      aria-labelledby="replace-title"
      aria-describedby="replace-text"
      onClose={() => setPending(null)}
    >
      <h2 id="replace-title" className={styles.cardTitle}>
        Replace the answers saved in this browser?
      </h2>
      <p id="replace-text">
        {pending
          ? `This browser holds ${pending.existing.answered} ${pending.existing.answered === 1 ? 'answer' : 'answers'} to the ${pending.existing.form} form${pending.existing.finished ? '' : ' that you have not finished yet'}. Changing ${source === 'saved' ? 'these answers' : `the answers of this ${source} result`} replaces them in the quiz. Your last finished result stays on the results page until you finish again.`
          : ''}
      </p>
      <div className={styles.actions}>
        <button
          type="button"
          className="button"
          onClick={() => {
            const step = pending?.step;
            close();
            if (step !== undefined) go(step);
          }}
        >
          Replace them and open the quiz
        </button>
        <button type="button" className="button button-secondary" onClick={close}>
          Keep the saved answers
        </button>
      </div>
    </dialog>
  );

  return { request, dialog, problem };
}
