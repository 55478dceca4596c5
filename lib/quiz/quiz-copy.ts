/** The wording the quiz shows around its questions, kept in one place for review and translation. */
export const QUIZ_COPY = {
  stepEyebrow: '{form} · Step {step} of {steps}',
  reviewEyebrow: '{form} · Review',
  questionSpan: 'Questions {first}–{last} of {total}',
  questionSingle: 'Question {first} of {total}',
  hints: {
    likert: 'How much do you agree? Answer for how you work today, not how you would like to work.',
    choice: 'Pick the option closest to what you would actually do first.',
  },
  keys: 'Keyboard: keys 1–{keys} answer, Enter goes on.',
  next: 'Next',
  toReview: 'Review your answers',
  missingOne: 'One question still needs an answer',
  missingMany: '{count} questions still need an answer',
  missingItem: 'Question {number}: {message}',
  missingFallback: 'answer it',
} as const;

/** Fills `{name}` placeholders in a piece of copy. */
export function fillCopy(text: string, values: Readonly<Record<string, string | number>>): string {
  return text.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in values ? String(values[name]) : whole,
  );
}
