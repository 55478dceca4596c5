/** The minimum a checker needs to know of a question to judge an answer to it. */
export type AnswerableQuestion =
  | { readonly id: string; readonly type: 'likert' }
  | {
      readonly id: string;
      readonly type: 'choice';
      readonly options: readonly { readonly id: string }[];
    };

/** Something wrong with one answer, named by question id. */
export interface AnswerProblem {
  questionId: string;
  message: string;
}

/**
 * Checks answers of unknown provenance against the questions: every key must be a question id,
 * every Likert answer a whole number from 1 to 5, every scenario answer one of its option ids.
 */
export function findAnswerProblems(
  questions: readonly AnswerableQuestion[],
  answers: Readonly<Record<string, unknown>>,
): AnswerProblem[] {
  const byId = new Map(questions.map((q) => [q.id, q]));
  const problems: AnswerProblem[] = [];
  for (const [questionId, value] of Object.entries(answers)) {
    const question = byId.get(questionId);
    if (!question) {
      problems.push({ questionId, message: 'is not a question in this bank' });
    } else if (question.type === 'likert') {
      if (typeof value !== 'number' || !Number.isInteger(value) || value < 1 || value > 5) {
        problems.push({
          questionId,
          message: `needs a whole number from 1 to 5, got ${describeValue(value)}`,
        });
      }
    } else if (typeof value !== 'string' || !question.options.some((o) => o.id === value)) {
      const valid = question.options.map((o) => `"${o.id}"`).join(', ');
      problems.push({
        questionId,
        message: `needs one of the option ids ${valid}, got ${describeValue(value)}`,
      });
    }
  }
  return problems;
}

function describeValue(value: unknown): string {
  if (typeof value === 'string') return `"${value.length > 40 ? `${value.slice(0, 40)}…` : value}"`;
  if (typeof value === 'number' || typeof value === 'boolean' || value === null)
    return String(value);
  return Array.isArray(value) ? 'a list' : typeof value === 'object' ? 'an object' : typeof value;
}
