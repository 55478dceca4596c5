import * as z from 'zod/mini';

import {
  findAnswerProblems,
  type AnswerableQuestion,
  type AnswerProblem,
} from '@/lib/answers/find-answer-problems';
import type { AnswerValue } from '@/lib/answers/schema';

import { PROGRESS_FORMAT, type BankStamp, type SavedProgress } from './saved-progress-format';

export { PROGRESS_FORMAT, encodeSavedProgress } from './saved-progress-format';
export type { BankStamp, SavedProgress } from './saved-progress-format';

export type ProgressDecoding =
  /** Restored; answers that no longer fit the questions were left out and are listed. */
  | {
      readonly status: 'restored';
      readonly progress: SavedProgress;
      readonly dropped: readonly AnswerProblem[];
    }
  /** Saved against another version of the questions or of this format. */
  | { readonly status: 'other-version'; readonly detail: string }
  /** Not readable as saved progress at all. */
  | { readonly status: 'corrupted'; readonly detail: string };

// zod/mini keeps the browser bundle small; the envelope is read first so that a save from another
// version is reported as such even when its shape has changed.
const EnvelopeSchema = z.object({
  format: z.number(),
  bank: z.object({ id: z.string(), version: z.number() }),
});

const ProgressSchema = z.object({
  form: z.enum(['short', 'full']),
  answers: z.record(z.string(), z.unknown()),
  step: z.int().check(z.minimum(0)),
  finished: z.boolean(),
});

/** Reads saved progress back. Never throws: every failure is one of the typed outcomes. */
export function decodeSavedProgress(
  text: string,
  bank: BankStamp,
  questions: readonly AnswerableQuestion[],
): ProgressDecoding {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { status: 'corrupted', detail: 'it is not valid JSON' };
  }
  const envelope = EnvelopeSchema.safeParse(raw);
  if (!envelope.success)
    return { status: 'corrupted', detail: 'it has no format or question-bank stamp' };
  const { format, bank: saved } = envelope.data;
  if (format !== PROGRESS_FORMAT) {
    return {
      status: 'other-version',
      detail: `it uses save format ${format}; this version reads format ${PROGRESS_FORMAT}`,
    };
  }
  if (saved.id !== bank.id || saved.version !== bank.version) {
    return {
      status: 'other-version',
      detail: `it was saved against questions "${saved.id}" version ${saved.version}; the quiz now uses version ${bank.version}`,
    };
  }
  const progress = ProgressSchema.safeParse(raw);
  if (!progress.success) {
    const fields = [
      ...new Set(progress.error.issues.map((i) => String(i.path[0] ?? 'the record'))),
    ];
    return { status: 'corrupted', detail: `these parts are unreadable: ${fields.join(', ')}` };
  }

  const rawAnswers = (raw as { answers: Readonly<Record<string, unknown>> }).answers;
  const dropped = findAnswerProblems(questions, rawAnswers);
  const droppedIds = new Set(dropped.map((p) => p.questionId));
  const answers: Record<string, AnswerValue> = {};
  for (const [id, value] of Object.entries(rawAnswers)) {
    if (!droppedIds.has(id)) answers[id] = value as AnswerValue;
  }
  const { form, step, finished } = progress.data;
  return { status: 'restored', progress: { form, answers, step, finished }, dropped };
}
