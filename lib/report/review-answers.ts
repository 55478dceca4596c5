import type { Answers, Form } from '@/lib/answers/schema';
import type { QuestionBank } from '@/lib/bank/schema';
import { buildSteps } from '@/lib/quiz/build-steps';
import type { StepTitles } from '@/lib/quiz/quiz-words';

import { answerInWords } from './answer-in-words';

/** One question with the answer given, numbered as the quiz numbers it. */
export interface ReviewedAnswer {
  readonly id: string;
  readonly number: number;
  readonly text: string;
  /** A scenario's question, e.g. "What do you do first?"; absent for statements. */
  readonly prompt?: string;
  /** The answer in words, or null when the question was left unanswered. */
  readonly answer: string | null;
}

/** The questions of one quiz step, so that "change" can take the person back to that step. */
export interface ReviewGroup {
  readonly id: string;
  readonly title: string;
  /** The step's index in the quiz, for resuming there. */
  readonly stepIndex: number;
  readonly answers: readonly ReviewedAnswer[];
}

/** Every question of the form, grouped and numbered as the quiz shows them, with its answer. */
export function reviewAnswers(
  stepTitles: StepTitles,
  bank: QuestionBank,
  form: Form,
  answers: Answers,
): ReviewGroup[] {
  const byId = new Map(bank.questions.map((q) => [q.id, q]));
  let number = 0;
  return buildSteps(stepTitles, bank, form).map((step, stepIndex) => ({
    id: step.id,
    title: step.title,
    stepIndex,
    answers: step.questionIds.flatMap((id) => {
      const question = byId.get(id);
      if (!question) return [];
      number += 1;
      const answer = answerInWords(question, answers[id], bank.likertScale);
      return question.type === 'likert'
        ? [{ id, number, text: question.text, answer }]
        : [{ id, number, text: question.text, prompt: question.prompt, answer }];
    }),
  }));
}

/** How many questions the review holds and how many of them were answered. */
export function countReviewed(groups: readonly ReviewGroup[]): { answered: number; total: number } {
  const all = groups.flatMap((g) => g.answers);
  return { answered: all.filter((a) => a.answer !== null).length, total: all.length };
}
