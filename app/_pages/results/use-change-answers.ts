'use client';

import { useRouter } from 'next/navigation';
import { useRef, useState, type RefObject } from 'react';

import { useLocalePath } from '@/app/_shared/locale-context';
import { useWords } from '@/app/_shared/page-words';
import {
  keepAsideIfDamaged,
  PROGRESS_KEY,
  readItem,
  writeStored,
} from '@/app/_shared/progress-storage';
import type { Answers, Form } from '@/lib/answers/schema';
import type { QuestionBank } from '@/lib/bank/schema';
import type { ResultSource } from '@/lib/codecs/shown-result';
import { planSteps } from '@/lib/quiz/build-steps';
import {
  describeReplaceAnswers,
  findAnswersToReplace,
  progressToChange,
} from '@/lib/quiz/change-answers';
import { reviewStepNumber } from '@/lib/quiz/quiz-place';

/** The question asked before saved answers are replaced; rendered by ChangeAnswersDialog. */
export interface ReplaceQuestion {
  readonly dialogRef: RefObject<HTMLDialogElement | null>;
  /** What would be replaced, in words; empty while nothing is asked. */
  readonly text: string;
  readonly confirm: () => void;
  readonly dismiss: () => void;
}

export interface ChangeAnswers {
  /** Opens the quiz on these answers, at a step or at its review; asks first if that would replace other saved answers. */
  readonly request: (stepIndex?: number) => void;
  readonly question: ReplaceQuestion;
  /** Why the quiz could not be opened on these answers, if it could not. */
  readonly problem: string | null;
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
  const localePath = useLocalePath();
  const changeAnswers = useWords('changeAnswers');
  const common = useWords('common');
  const decoders = useWords('decoders');
  const dialogRef = useRef<HTMLDialogElement>(null);
  const [pending, setPending] = useState<{ step: number; text: string } | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const stamp = { id: bank.id, version: bank.version };

  const open = (step: number) => {
    if (!writeStored(PROGRESS_KEY, stamp, progressToChange({ form, answers }, step, source))) {
      setProblem(changeAnswers.cannotSave);
      return;
    }
    router.push(localePath('/quiz'));
  };

  const request = async (stepIndex?: number) => {
    setProblem(null);
    const step = stepIndex ?? reviewStepNumber(planSteps(bank, form));
    const raw = readItem(PROGRESS_KEY);
    if (raw !== null) {
      // Fetched on click: the decoder (and zod) is not part of the page's first script.
      const { decodeSavedProgress } = await import('@/lib/codecs/saved-progress');
      const decoding = decodeSavedProgress(raw, stamp, bank.questions, decoders);
      // Unreadable progress is kept aside, never simply overwritten.
      if (decoding.status !== 'restored') keepAsideIfDamaged(PROGRESS_KEY, raw, decoding);
      const existing = findAnswersToReplace(decoding, { form, answers });
      if (existing) {
        setPending({
          step,
          text: describeReplaceAnswers({ changeAnswers, common }, existing, source),
        });
        dialogRef.current?.showModal();
        return;
      }
    }
    open(step);
  };

  return {
    request,
    problem,
    question: {
      dialogRef,
      text: pending?.text ?? '',
      confirm: () => {
        if (pending) open(pending.step);
      },
      dismiss: () => setPending(null),
    },
  };
}
