import type { Form } from '@/lib/answers/schema';
import type { QuestionBank } from '@/lib/bank/schema';
import type { BankStamp } from '@/lib/codecs/saved-progress-format';
import { encodeCompareCode } from '@/lib/codecs/compare-code';
import { encodeShareCode } from '@/lib/codecs/share-code';
import { scoreAnswers, type PerRole, type VerdictKind } from '@/lib/scoring';

import type { HistoryEntry } from './history-entry';

interface RowBase {
  readonly id: string;
  readonly finishedAt: string;
  readonly form: Form;
  readonly carriedOver: boolean;
}

/** One line of the history page: a scored result, or one from another version of the questions. */
export type HistoryRow =
  | (RowBase & {
      readonly kind: 'scored';
      readonly fit: PerRole<number>;
      readonly verdict: { readonly kind: VerdictKind; readonly headline: string };
      /** Opens the full report: `/results#<shareCode>`. */
      readonly shareCode: string;
      /** The comparison with the scored result just before this one, or null for the first. */
      readonly compareWithEarlier: EarlierComparison | null;
    })
  | (RowBase & { readonly kind: 'other-version'; readonly bank: BankStamp });

/** A comparison of a result with the one before it: `/compare#<compareCode>`. */
export interface EarlierComparison {
  readonly finishedAt: string;
  /** Both results, the earlier first, each named by `nameOf` its finish time. */
  readonly compareCode: string;
}

/**
 * Scores each entry of this bank version with the engine, in the order given, and links each to
 * a comparison with the scored result finished just before it; an entry of another version
 * cannot be scored or opened here and says which version it was.
 */
export function buildHistoryRows(
  bank: QuestionBank,
  entries: readonly HistoryEntry[],
  nameOf: (finishedAt: string) => string = (finishedAt) => finishedAt.slice(0, 10),
): HistoryRow[] {
  const scoredByTime = entries
    .filter((entry) => isThisBank(bank, entry))
    .toSorted((a, b) => a.finishedAt.localeCompare(b.finishedAt));
  const codes = new Map(
    scoredByTime.map((entry) => [
      entry.id,
      encodeShareCode(bank, { form: entry.form, answers: entry.answers }),
    ]),
  );
  const earlierOf = (entry: HistoryEntry): EarlierComparison | null => {
    const earlier = scoredByTime[scoredByTime.indexOf(entry) - 1];
    if (!earlier) return null;
    return {
      finishedAt: earlier.finishedAt,
      compareCode: encodeCompareCode(
        [codes.get(earlier.id) ?? '', codes.get(entry.id) ?? ''],
        [nameOf(earlier.finishedAt), nameOf(entry.finishedAt)],
      ),
    };
  };
  return entries.map((entry) => {
    const base = {
      id: entry.id,
      finishedAt: entry.finishedAt,
      form: entry.form,
      carriedOver: entry.carriedOver,
    };
    if (!isThisBank(bank, entry)) {
      return { ...base, kind: 'other-version', bank: entry.bank };
    }
    const profile = scoreAnswers(bank, entry.answers, { form: entry.form });
    return {
      ...base,
      kind: 'scored',
      fit: profile.fit,
      verdict: { kind: profile.verdict.kind, headline: profile.verdict.headline },
      shareCode: codes.get(entry.id) ?? '',
      compareWithEarlier: earlierOf(entry),
    };
  });
}

function isThisBank(bank: QuestionBank, entry: HistoryEntry): boolean {
  return entry.bank.id === bank.id && entry.bank.version === bank.version;
}
