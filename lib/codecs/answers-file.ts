import { z } from 'zod';

import { findAnswerProblems } from '@/lib/answers/find-answer-problems';
import { FormSchema, type Answers, type Form } from '@/lib/answers/schema';
import type { QuestionBank } from '@/lib/bank/schema';
import { describeIssues } from '@/lib/bank/describe-issues';

import { decoded, rejected, type DecodeResult } from './decode-result';
import { parseJson } from './parse-json';

/**
 * An answers file as the command line reads it:
 * `{"answers": {"<questionId>": 1..5 | "<optionId>"}, "form"?: "short" | "full"}`.
 * Values are checked against the bank after the shape.
 */
export const AnswersFileSchema = z.strictObject(
  {
    answers: z.record(z.string(), z.unknown(), {
      error: 'must be an object that maps question ids to answers',
    }),
    form: FormSchema.optional(),
  },
  {
    error: (issue) =>
      issue.code === 'invalid_type'
        ? 'must be an object with an "answers" field, such as {"answers": {"tech-strategy-01": 4}}'
        : undefined,
  },
);

export interface AnswersFile {
  readonly answers: Answers;
  readonly form: Form;
}

/** Decodes the text of an answers file against a bank. Never throws. */
export function decodeAnswersFile(bank: QuestionBank, text: string): DecodeResult<AnswersFile> {
  const json = parseJson(text);
  if (!json.ok) return json;
  const shape = AnswersFileSchema.safeParse(json.value);
  if (!shape.success) return rejected(...describeIssues(shape.error.issues));

  // Checked on the parsed JSON rather than zod's copy, which silently drops a `__proto__` key.
  const raw = (json.value as { answers: Readonly<Record<string, unknown>> }).answers;
  const problems = findAnswerProblems(bank.questions, raw);
  if (problems.length > 0) {
    return rejected(...problems.map((p) => `question "${p.questionId}" ${p.message}`));
  }
  return decoded({ answers: shape.data.answers as Answers, form: shape.data.form ?? 'full' });
}
