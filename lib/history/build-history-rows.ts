import type { Form } from '@/lib/answers/schema';
import type { QuestionBank } from '@/lib/bank/schema';
import type { BankStamp } from '@/lib/codecs/saved-progress-format';
import { encodeCompareCode } from '@/lib/codecs/compare-code';
import { encodeShareCode } from '@/lib/codecs/share-code';
import { scoreAnswers, type PerRole, type VerdictKind } from '@/lib/scoring';
import { bankFor, type BankSource } from '@/lib/versions/bank-lookup';
import { CURRENT_VERSION } from '@/lib/versions/released-versions';

import type { HistoryEntry } from './history-entry';
import type { HistoryWords } from './history-page-words';

interface RowBase {
  readonly id: string;
  readonly finishedAt: string;
  readonly form: Form;
  readonly carriedOver: boolean;
}

/** One line of the history page: a scored result, or one of a version that cannot be read here. */
export type HistoryRow =
  | (RowBase & {
      readonly kind: 'scored';
      readonly fit: PerRole<number>;
      readonly verdict: { readonly kind: VerdictKind; readonly headline: string };
      /** The bank version the result was answered with, which scored it. */
      readonly bankVersion: number;
      /** True when that version is older than the current one (see `describeEarlierVersion`). */
      readonly earlierVersion: boolean;
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
 * Scores each entry with the bank of its own version (one bank, or a lookup of banks by
 * version), in the order given, and links each to a comparison with the scored result finished
 * just before it, whatever the versions of the two. An entry of a version the source has no bank
 * for cannot be scored or opened here and says which version it was. Verdicts are said in
 * `words`' language.
 */
export function buildHistoryRows(
  words: Pick<HistoryWords, 'scoring'>,
  source: BankSource<QuestionBank>,
  entries: readonly HistoryEntry[],
  nameOf: (finishedAt: string) => string = (finishedAt) => finishedAt.slice(0, 10),
): HistoryRow[] {
  const bankOf = (entry: HistoryEntry) => bankFor(source, entry.bank.version, entry.bank.id);
  const scoredByTime = entries
    .filter((entry) => bankOf(entry) !== null)
    .toSorted((a, b) => a.finishedAt.localeCompare(b.finishedAt));
  const codes = new Map(
    scoredByTime.flatMap((entry) => {
      const bank = bankOf(entry);
      return bank
        ? [[entry.id, encodeShareCode(bank, { form: entry.form, answers: entry.answers })]]
        : [];
    }),
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
    const bank = bankOf(entry);
    if (!bank) return { ...base, kind: 'other-version', bank: entry.bank };
    const profile = scoreAnswers(bank, entry.answers, words.scoring, { form: entry.form });
    return {
      ...base,
      kind: 'scored',
      fit: profile.fit,
      verdict: { kind: profile.verdict.kind, headline: profile.verdict.headline },
      bankVersion: bank.version,
      earlierVersion: bank.version < CURRENT_VERSION,
      shareCode: codes.get(entry.id) ?? '',
      compareWithEarlier: earlierOf(entry),
    };
  });
}
