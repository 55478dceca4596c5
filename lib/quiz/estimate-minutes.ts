import type { Form } from '@/lib/answers/schema';
import type { QuestionBank } from '@/lib/bank/schema';

/** Typical reading-and-answering time per question, in seconds. */
export const SECONDS_PER_QUESTION = { likert: 8, choice: 30 } as const;

/** How long a form takes, in whole minutes, from the number and kind of its questions. */
export function estimateMinutes(bank: QuestionBank, form: Form): number {
  const seconds = bank.questions
    .filter((q) => form === 'full' || q.inShortForm)
    .reduce((total, q) => total + SECONDS_PER_QUESTION[q.type], 0);
  return Math.max(1, Math.round(seconds / 60));
}

/** How many questions a form has. */
export function countQuestions(bank: QuestionBank, form: Form): number {
  return bank.questions.filter((q) => form === 'full' || q.inShortForm).length;
}
