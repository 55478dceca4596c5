import * as z from 'zod/mini';

import {
  findAnswerProblems,
  type AnswerableQuestion,
  type AnswerProblem,
} from '@/lib/answers/find-answer-problems';
import type { AnswerValue, Answers, Form } from '@/lib/answers/schema';
import { fillTemplate } from '@/lib/copy/fill-template';
import type { StepTiming } from '@/lib/scoring/profile';

import type { DecoderCopy } from './decoder-copy-schema';
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
  /**
   * Saved against an older version of the questions. A finished one is a result of that version:
   * decode the text again with that version's stamp and questions to show it. Otherwise the quiz
   * can offer to carry the answers that still fit over.
   */
  | {
      readonly status: 'older-version';
      readonly savedVersion: number;
      readonly finished: boolean;
      readonly carryOver: CarryOver;
    }
  /** Saved against another (newer or unknown) version of the questions or of this format. */
  | { readonly status: 'other-version'; readonly detail: string }
  /** Not readable as saved progress at all. */
  | { readonly status: 'corrupted'; readonly detail: string };

/** The answers of an older save that fit the current questions, for "carry 12 of 40 answers over". */
export interface CarryOver {
  readonly form: Form;
  /** Only answers to questions of the current bank, with a value valid for them. */
  readonly answers: Answers;
  /** How many answers carry over. */
  readonly count: number;
  /** How many answers the save held. */
  readonly total: number;
}

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

const TimingSchema = z.array(
  z.object({
    statements: z.int().check(z.minimum(0)),
    seconds: z.number().check(z.minimum(0)),
  }),
);

/**
 * The bank version a save names, read without any bank, or null when it has no readable stamp:
 * the results page uses it to load the bank of a finished result of an older version.
 */
export function readSavedProgressVersion(text: string): number | null {
  try {
    const envelope = EnvelopeSchema.safeParse(JSON.parse(text));
    return envelope.success && envelope.data.format === PROGRESS_FORMAT
      ? envelope.data.bank.version
      : null;
  } catch {
    return null;
  }
}

/**
 * Reads saved progress back against a bank's stamp and questions. A save of an older version of
 * the same bank is 'older-version', with the answers that carry over; to read it as it was, call
 * again with that version's stamp and questions. Never throws: every failure is one of the typed
 * outcomes, its detail in `words`.
 */
export function decodeSavedProgress(
  text: string,
  bank: BankStamp,
  questions: readonly AnswerableQuestion[],
  words: DecoderCopy,
): ProgressDecoding {
  const said = words.savedProgress;
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { status: 'corrupted', detail: said.notJson };
  }
  const envelope = EnvelopeSchema.safeParse(raw);
  if (!envelope.success) return { status: 'corrupted', detail: said.noStamp };
  const { format, bank: saved } = envelope.data;
  if (format !== PROGRESS_FORMAT) {
    return {
      status: 'other-version',
      detail: fillTemplate(said.otherFormat, { format, current: PROGRESS_FORMAT }),
    };
  }
  const older = saved.id === bank.id && saved.version < bank.version;
  if (!older && (saved.id !== bank.id || saved.version !== bank.version)) {
    return {
      status: 'other-version',
      detail: fillTemplate(said.otherBank, {
        bank: saved.id,
        version: saved.version,
        current: bank.version,
      }),
    };
  }
  const progress = ProgressSchema.safeParse(raw);
  if (!progress.success) {
    const fields = [...new Set(progress.error.issues.map((i) => String(i.path[0] ?? said.record)))];
    return {
      status: 'corrupted',
      detail: fillTemplate(said.unreadableParts, { parts: fields.join(', ') }),
    };
  }

  const rawAnswers = (raw as { answers: Readonly<Record<string, unknown>> }).answers;
  const dropped = findAnswerProblems(questions, rawAnswers, words);
  const droppedIds = new Set(dropped.map((p) => p.questionId));
  const answers: Record<string, AnswerValue> = {};
  for (const [id, value] of Object.entries(rawAnswers)) {
    if (!droppedIds.has(id)) answers[id] = value as AnswerValue;
  }
  const { form, step, finished } = progress.data;
  if (older) {
    return {
      status: 'older-version',
      savedVersion: saved.version,
      finished,
      carryOver: {
        form,
        answers,
        count: Object.keys(answers).length,
        total: Object.keys(rawAnswers).length,
      },
    };
  }
  const timing = readTiming(raw);
  return {
    status: 'restored',
    progress: { form, answers, step, finished, ...(timing ? { timing } : {}) },
    dropped,
  };
}

/** The save's timing, or null when it has none or it is unreadable: timing never costs answers. */
function readTiming(raw: unknown): StepTiming[] | null {
  const value = (raw as { timing?: unknown }).timing;
  if (value === undefined) return null;
  const timing = TimingSchema.safeParse(value);
  return timing.success ? timing.data : null;
}
