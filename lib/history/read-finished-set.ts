import type { AnswerValue, Form } from '@/lib/answers/schema';

import type { FinishedSet } from './history-entry';

/**
 * Reads the bank stamp, form and answers from stored JSON text (saved progress or a history
 * entry; both keep them at the top level), or null if they are not there. A light check with no
 * schema library, for the quiz's finish, which must stay small: it only decides whether a result
 * repeats the last one or carries an earlier result over. Answers are checked against the bank
 * when history is read.
 */
export function readFinishedSet(text: string | null): FinishedSet | null {
  if (text === null) return null;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return null;
  }
  if (!isRecord(value)) return null;
  const { bank, form, answers } = value;
  if (!isRecord(bank) || typeof bank.id !== 'string' || typeof bank.version !== 'number') {
    return null;
  }
  if (!isForm(form) || !isRecord(answers)) return null;
  const values = Object.values(answers);
  if (!values.every((v): v is AnswerValue => typeof v === 'number' || typeof v === 'string')) {
    return null;
  }
  return {
    bank: { id: bank.id, version: bank.version },
    form,
    answers: answers as Record<string, AnswerValue>,
  };
}

/** The time an entry's text says it was finished, in milliseconds, or NaN. */
export function readFinishedTime(text: string): number {
  try {
    const value: unknown = JSON.parse(text);
    return isRecord(value) && typeof value.finishedAt === 'string'
      ? Date.parse(value.finishedAt)
      : Number.NaN;
  } catch {
    return Number.NaN;
  }
}

function isForm(value: unknown): value is Form {
  return value === 'short' || value === 'full';
}

function isRecord(value: unknown): value is Readonly<Record<string, unknown>> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
