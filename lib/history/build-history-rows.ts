import type { Form } from '@/lib/answers/schema';
import type { QuestionBank } from '@/lib/bank/schema';
import type { BankStamp } from '@/lib/codecs/saved-progress-format';
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
    })
  | (RowBase & { readonly kind: 'other-version'; readonly bank: BankStamp });

/**
 * Scores each entry of this bank version with the engine, in the order given; an entry of
 * another version cannot be scored or opened here and says which version it was.
 */
export function buildHistoryRows(
  bank: QuestionBank,
  entries: readonly HistoryEntry[],
): HistoryRow[] {
  return entries.map((entry) => {
    const base = {
      id: entry.id,
      finishedAt: entry.finishedAt,
      form: entry.form,
      carriedOver: entry.carriedOver,
    };
    if (entry.bank.id !== bank.id || entry.bank.version !== bank.version) {
      return { ...base, kind: 'other-version', bank: entry.bank };
    }
    const profile = scoreAnswers(bank, entry.answers, { form: entry.form });
    return {
      ...base,
      kind: 'scored',
      fit: profile.fit,
      verdict: { kind: profile.verdict.kind, headline: profile.verdict.headline },
      shareCode: encodeShareCode(bank, { form: entry.form, answers: entry.answers }),
    };
  });
}
