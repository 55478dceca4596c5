import type { AnswerValue } from '@/lib/answers/schema';

/** As much of a question as it takes to put an answer to it in words. */
export type WordedQuestion =
  | { readonly type: 'likert' }
  | {
      readonly type: 'choice';
      readonly options: readonly { readonly id: string; readonly text: string }[];
    };

/**
 * An answer as a person reads it: the Likert label, or the chosen option's text. Null when the
 * question was not answered (or the answer is not one of its options).
 */
export function answerInWords(
  question: WordedQuestion,
  given: AnswerValue | undefined,
  likertScale: readonly string[],
): string | null {
  if (question.type === 'likert') {
    return typeof given === 'number' ? (likertScale[given - 1] ?? String(given)) : null;
  }
  return given === undefined ? null : (question.options.find((o) => o.id === given)?.text ?? null);
}
