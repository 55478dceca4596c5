import { z } from 'zod';

import { findAnswerProblems } from '@/lib/answers/find-answer-problems';
import { FormSchema, type Answers, type Form } from '@/lib/answers/schema';
import type { QuestionBank } from '@/lib/bank/schema';
import { describeIssues } from '@/lib/bank/describe-issues';
import { fillTemplate } from '@/lib/copy/fill-template';
import { decodeExportFile } from '@/lib/export/decode-export-file';
import { EXPORT_FORMAT } from '@/lib/export/export-format';
import {
  bankFor,
  currentBankOf,
  describeMissingVersion,
  type BankSource,
} from '@/lib/versions/bank-lookup';

import { decoded, rejected, type DecodeResult } from './decode-result';
import type { DecoderCopy } from './decoder-copy-schema';
import { parseJson } from './parse-json';
import { SCORING_COPY } from '@/lib/scoring/scoring-copy';

/**
 * An answers file as the command line reads it:
 * `{"answers": {"<questionId>": 1..5 | "<optionId>"}, "form"?: "short" | "full",
 * "bank"?: {"id": "role-fit", "version": 1}}`. Without a bank stamp the answers are of the
 * current version. Values are checked against the bank after the shape. Its problems are said in
 * `words`.
 */
export function answersFileSchema(words: DecoderCopy) {
  const said = words.answersFile;
  return z.strictObject(
    {
      answers: z.record(z.string(), z.unknown(), { error: said.answers }),
      form: FormSchema.optional(),
      bank: z
        .strictObject(
          { id: z.string(), version: z.number().int().positive() },
          { error: said.bank },
        )
        .optional(),
    },
    { error: (issue) => (issue.code === 'invalid_type' ? said.notObject : undefined) },
  );
}

export interface AnswersFile {
  readonly answers: Answers;
  readonly form: Form;
  /** The bank of the file's own version, which scores it: the current one when it has no stamp. */
  readonly bank: QuestionBank;
}

/**
 * Decodes the text of an answers file, or of a JSON export of the quiz, with the bank of the
 * version it names: one bank, or a lookup of banks by version. Never throws; every problem is in
 * `words`.
 */
export function decodeAnswersFile(
  source: BankSource<QuestionBank>,
  text: string,
  words: DecoderCopy,
): DecodeResult<AnswersFile> {
  const json = parseJson(text, words);
  if (!json.ok) return json;
  if (isExport(json.value)) {
    const file = decodeExportFile(source, text, SCORING_COPY, words);
    if (!file.ok) return file;
    const { answers, form, bank } = file.value;
    return decoded({ answers, form, bank });
  }
  const shape = answersFileSchema(words).safeParse(json.value);
  if (!shape.success) return rejected(...describeIssues(shape.error.issues));

  const stamp = shape.data.bank;
  const current = currentBankOf(source);
  const bank = stamp ? bankFor(source, stamp.version, stamp.id) : current;
  if (!bank) {
    return rejected(
      stamp && current && stamp.id !== current.id
        ? fillTemplate(words.answersFile.otherQuestions, { file: stamp.id, current: current.id })
        : describeMissingVersion(words.answersFile.missing, '', stamp?.version ?? 0),
    );
  }
  // Checked on the parsed JSON rather than zod's copy, which silently drops a `__proto__` key.
  const raw = (json.value as { answers: Readonly<Record<string, unknown>> }).answers;
  const problems = findAnswerProblems(bank.questions, raw, words);
  if (problems.length > 0) {
    return rejected(
      ...problems.map((p) =>
        fillTemplate(words.answerProblem, { question: p.questionId, problem: p.message }),
      ),
    );
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
