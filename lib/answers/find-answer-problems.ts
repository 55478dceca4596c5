import type { DecoderCopy } from '@/lib/codecs/decoder-copy-schema';
import { fillTemplate } from '@/lib/copy/fill-template';

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
 * Each problem is said with `words.answerChecks`.
 */
export function findAnswerProblems(
  questions: readonly AnswerableQuestion[],
  answers: Readonly<Record<string, unknown>>,
  words: DecoderCopy,
): AnswerProblem[] {
  const said = words.answerChecks;
  const byId = new Map(questions.map((q) => [q.id, q]));
  const problems: AnswerProblem[] = [];
  for (const [questionId, value] of Object.entries(answers)) {
    const question = byId.get(questionId);
    if (!question) {
      problems.push({ questionId, message: said.notInBank });
    } else if (question.type === 'likert') {
      if (typeof value !== 'number' || !Number.isInteger(value) || value < 1 || value > 5) {
        problems.push({
          questionId,
          message: fillTemplate(said.likert, { value: describeValue(value, words) }),
        });
      }
    } else if (typeof value !== 'string' || !question.options.some((o) => o.id === value)) {
      const valid = question.options.map((o) => `"${o.id}"`).join(', ');
      problems.push({
        questionId,
        message: fillTemplate(said.choice, { options: valid, value: describeValue(value, words) }),
      });
    }
  }
  return problems;
}

/** What was given, as a person reads it: a word in quotes, a number with the page's decimal mark. */
function describeValue(value: unknown, words: DecoderCopy): string {
  if (typeof value === 'string') return `"${value.length > 40 ? `${value.slice(0, 40)}…` : value}"`;
  if (typeof value === 'number') return String(value).replace('.', words.decimalMark);
  if (typeof value === 'boolean' || value === null) return String(value);
  if (Array.isArray(value)) return words.answerChecks.aList;
  return typeof value === 'object' ? words.answerChecks.anObject : typeof value;
}
