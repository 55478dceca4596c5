import * as z from 'zod/mini';

import { findAnswerProblems, type AnswerableQuestion } from '@/lib/answers/find-answer-problems';
import type { AnswerValue } from '@/lib/answers/schema';
import type { DecoderCopy } from '@/lib/codecs/decoder-copy-schema';
import type { BankStamp } from '@/lib/codecs/saved-progress-format';
import { fillPlural, fillTemplate } from '@/lib/copy/fill-template';
import { bankFor, type BankSource } from '@/lib/versions/bank-lookup';

import { makeEntry, type HistoryEntry } from './history-entry';

/** The questions entries are checked against: the bank of one version of the quiz. */
export interface HistoryBank extends BankStamp {
  readonly questions: readonly AnswerableQuestion[];
}

// zod/mini keeps the history page's script small. Answers are checked for shape here and against
// the questions afterwards, when the entry belongs to this bank version.
const AnswerValueSchema = z.union([
  z.int().check(z.minimum(1), z.maximum(5)),
  z.string().check(z.minLength(1), z.maxLength(100)),
]);

/** One history entry as written in storage and in a history file. */
export const HistoryEntryFieldsSchema = z.strictObject({
  finishedAt: z.iso.datetime(),
  bank: z.strictObject({ id: z.string(), version: z.int() }),
  form: z.enum(['short', 'full']),
  answers: z.record(z.string(), AnswerValueSchema),
  carriedOver: z.optional(z.literal(true)),
});
export type HistoryEntryFields = z.infer<typeof HistoryEntryFieldsSchema>;

export type EntryDecoding =
  | { readonly ok: true; readonly entry: HistoryEntry }
  | { readonly ok: false; readonly problems: readonly string[] };

/**
 * Reads one entry's fields. Never throws. An entry of a version the source has a bank for must
 * also answer only its questions, with valid answers; one of a version not at hand is kept as it
 * is, to be checked once its bank is loaded (or never, for a version not released). Problems are
 * said with `words`; field names stay as written.
 */
export function decodeEntryFields(
  value: unknown,
  source: BankSource<HistoryBank>,
  words: DecoderCopy,
): EntryDecoding {
  const parsed = HistoryEntryFieldsSchema.safeParse(value);
  if (!parsed.success)
    return { ok: false, problems: describeEntryIssues(parsed.error.issues, value, words) };
  const fields = parsed.data;
  const time = Date.parse(fields.finishedAt);
  if (!Number.isFinite(time))
    return { ok: false, problems: [`finishedAt: ${words.historyEntry.fields.finishedAt}`] };
  const bank = bankFor(source, fields.bank.version, fields.bank.id);
  if (bank) {
    const problems = findAnswerProblems(bank.questions, fields.answers, words);
    if (problems.length > 0) {
      return {
        ok: false,
        problems: problems.map((p) => answerLine(p.questionId, p.message, words)),
      };
    }
  }
  // One spelling of each moment, so that entries sort and compare by their text.
  const finishedAt = new Date(time).toISOString();
  const answers = fields.answers as Record<string, AnswerValue>;
  return {
    ok: true,
    entry: makeEntry(
      { bank: fields.bank, form: fields.form, answers },
      finishedAt,
      fields.carriedOver === true,
    ),
  };
}

/** `answers: question "x" needs …`, in the words' language. */
function answerLine(question: string, problem: string, words: DecoderCopy): string {
  return `answers: ${fillTemplate(words.answerProblem, { question, problem })}`;
}

/** One line per field that is wrong: `form: must be "short" or "full"`. */
function describeEntryIssues(
  issues: readonly z.core.$ZodIssue[],
  value: unknown,
  words: DecoderCopy,
): string[] {
  const said = words.historyEntry;
  const fieldProblems: Readonly<Record<string, string>> = said.fields;
  const given =
    typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
  const lines = issues.flatMap((issue) => {
    if (issue.code === 'unrecognized_keys') {
      const where = issue.path.length > 0 ? `${issue.path.join('.')}: ` : '';
      const keys = issue.keys.map((k) => `"${k}"`).join(', ');
      return [`${where}${fillPlural(said.unknown, issue.keys.length, { keys })}`];
    }
    const field = issue.path[0];
    if (field === undefined) return [said.notObject];
    const name = String(field);
    if (name === 'answers' && issue.path.length > 1) {
      return [answerLine(String(issue.path[1]), said.badAnswer, words)];
    }
    if (issue.path.length === 1 && given[name] === undefined) return [`${name}: ${said.missing}`];
    return [`${name}: ${fieldProblems[name] ?? said.unreadable}`];
  });
  return [...new Set(lines)];
}
