import type { Answers, Form } from '@/lib/answers/schema';

/** Whether two answer sets, with their forms, hold exactly the same answers. */
export function isSameAnswerSet(
  a: { readonly form: Form; readonly answers: Answers },
  b: { readonly form: Form; readonly answers: Answers },
): boolean {
  if (a.form !== b.form) return false;
  const keys = Object.keys(a.answers);
  return (
    keys.length === Object.keys(b.answers).length &&
    keys.every((k) => a.answers[k] === b.answers[k])
  );
}
