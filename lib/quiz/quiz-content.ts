import type { Form } from '@/lib/answers/schema';
import type { QuestionBank } from '@/lib/bank/schema';

import { buildSteps, type QuizStep } from './build-steps';
import { estimateMinutes } from './estimate-minutes';
import type { QuizWords } from './quiz-words';

/** A question as the quiz shows it: only what a person reads, none of the scoring weights. */
export type QuizQuestion =
  | { readonly id: string; readonly type: 'likert'; readonly text: string }
  | {
      readonly id: string;
      readonly type: 'choice';
      readonly text: string;
      readonly prompt: string;
      readonly options: readonly { readonly id: string; readonly text: string }[];
    };

export interface QuizForm {
  readonly steps: readonly QuizStep[];
  readonly questionCount: number;
  readonly minutes: number;
}

/** Everything the quiz page needs, small enough to send to the browser. */
export interface QuizContent {
  readonly bank: { readonly id: string; readonly version: number };
  readonly likertScale: readonly string[];
  readonly questions: readonly QuizQuestion[];
  readonly forms: Readonly<Record<Form, QuizForm>>;
}

/** The quiz of `bank`, its steps titled in `words`' language (the bank's own, for a page). */
export function buildQuizContent(words: QuizWords, bank: QuestionBank): QuizContent {
  const form = (f: Form): QuizForm => {
    const steps = buildSteps(words.quiz.step.titles, bank, f);
    return {
      steps,
      questionCount: steps.reduce((n, s) => n + s.questionIds.length, 0),
      minutes: estimateMinutes(bank, f),
    };
  };
  return {
    bank: { id: bank.id, version: bank.version },
    likertScale: bank.likertScale,
    questions: bank.questions.map((q) =>
      q.type === 'likert'
        ? { id: q.id, type: q.type, text: q.text }
        : {
            id: q.id,
            type: q.type,
            text: q.text,
            prompt: q.prompt,
            options: q.options.map((o) => ({ id: o.id, text: o.text })),
          },
    ),
    forms: { short: form('short'), full: form('full') },
  };
}
