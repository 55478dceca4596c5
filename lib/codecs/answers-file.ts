import { z } from 'zod';

import { findAnswerProblems } from '@/lib/answers/find-answer-problems';
import { FormSchema, type Answers, type Form } from '@/lib/answers/schema';
import type { QuestionBank } from '@/lib/bank/schema';
import { describeIssues } from '@/lib/bank/describe-issues';
import { decodeExportFile } from '@/lib/export/decode-export-file';
import { EXPORT_FORMAT } from '@/lib/export/export-format';
import {
  bankFor,
  currentBankOf,
  describeMissingVersion,
  type BankSource,
} from '@/lib/versions/bank-lookup';

import { decoded, rejected, type DecodeResult } from './decode-result';
import { parseJson } from './parse-json';
import { SCORING_COPY } from '@/lib/scoring/scoring-copy';
import { VERSIONS_COPY } from '@/lib/versions/versions-copy';

/**
 * An answers file as the command line reads it:
 * `{"answers": {"<questionId>": 1..5 | "<optionId>"}, "form"?: "short" | "full",
 * "bank"?: {"id": "role-fit", "version": 1}}`. Without a bank stamp the answers are of the
 * current version. Values are checked against the bank after the shape.
 */
export const AnswersFileSchema = z.strictObject(
  {
    answers: z.record(z.string(), z.unknown(), {
      error: 'must be an object that maps question ids to answers',
    }),
    form: FormSchema.optional(),
    bank: z
      .strictObject(
        { id: z.string(), version: z.number().int().positive() },
        { error: 'must name the questions, such as {"id": "role-fit", "version": 1}' },
      )
      .optional(),
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
  /** The bank of the file's own version, which scores it: the current one when it has no stamp. */
  readonly bank: QuestionBank;
}

/**
 * Decodes the text of an answers file, or of a JSON export of the quiz, with the bank of the
 * version it names: one bank, or a lookup of banks by version. Never throws.
 */
export function decodeAnswersFile(
  source: BankSource<QuestionBank>,
  text: string,
): DecodeResult<AnswersFile> {
  const json = parseJson(text);
  if (!json.ok) return json;
  if (isExport(json.value)) {
    const file = decodeExportFile(source, text, SCORING_COPY);
    if (!file.ok) return file;
    const { answers, form, bank } = file.value;
    return decoded({ answers, form, bank });
  }
  const shape = AnswersFileSchema.safeParse(json.value);
  if (!shape.success) return rejected(...describeIssues(shape.error.issues));

  const stamp = shape.data.bank;
  const current = currentBankOf(source);
  const bank = stamp ? bankFor(source, stamp.version, stamp.id) : current;
  if (!bank) {
    return rejected(
      stamp && current && stamp.id !== current.id
        ? `bank: the answers were given to the questions "${stamp.id}"; these are "${current.id}"`
        : `bank: ${describeMissingVersion(VERSIONS_COPY.missing, 'the file', stamp?.version ?? 0)}`,
    );
  }
  // Checked on the parsed JSON rather than zod's copy, which silently drops a `__proto__` key.
  const raw = (json.value as { answers: Readonly<Record<string, unknown>> }).answers;
  const problems = findAnswerProblems(bank.questions, raw);
  if (problems.length > 0) {
    return rejected(...problems.map((p) => `question "${p.questionId}" ${p.message}`));
  }
  return decoded({ answers: shape.data.answers as Answers, form: shape.data.form ?? 'full', bank });
}

function isExport(value: unknown): boolean {
  return (
    typeof value === 'object' &&
    value !== null &&
    (value as { format?: unknown }).format === EXPORT_FORMAT
  );
}
