import type { Answers, Form } from '@/lib/answers/schema';
import type { QuestionBank } from '@/lib/bank/schema';
import { fillTemplate } from '@/lib/copy/fill-template';
import type { ResultWords } from '@/lib/report/copy/report-words';
import type { ResultCopy } from '@/lib/report/copy/schema';
import type { StepTiming } from '@/lib/scoring/profile';

import type { ProgressDecoding } from './saved-progress';
import type { ShareDecoding } from './share-code';

/** Where the answer set on the results page comes from. */
export type ResultSource = 'saved' | 'shared' | 'imported';

/** The answer set the results page shows, the bank that scores it, and where it came from. */
export interface ShownAnswers {
  readonly form: Form;
  readonly answers: Answers;
  /** The bank of the version the answers were given to, which scores them. */
  readonly bank: QuestionBank;
  readonly source: ResultSource;
  /** How long each step took: only for the quiz just finished in this browser. */
  readonly timing?: readonly StepTiming[] | undefined;
}

/** A finished result kept in this browser, decoded with the bank of its own version. */
export interface SavedRead {
  readonly decoding: ProgressDecoding;
  readonly bank: QuestionBank;
}

/** Every source of answers the results page may have, each decoded already, or null when absent. */
export interface ResultSources {
  /** An export file the person opened on the page. */
  readonly imported: {
    readonly form: Form;
    readonly answers: Answers;
    readonly bank: QuestionBank;
  } | null;
  /** The share code in the URL. */
  readonly shared: ShareDecoding<QuestionBank> | null;
  /** The last quiz finished in this browser. */
  readonly saved: SavedRead | null;
}

/**
 * The answer set the results page shows: an opened export file first, else a readable share
 * link, else the last quiz finished here (only when the URL has no link at all: a broken link is
 * reported, never replaced by something else); null when none can be shown.
 */
export function chooseShownAnswers({
  imported,
  shared,
  saved,
}: ResultSources): ShownAnswers | null {
  if (imported) {
    return {
      form: imported.form,
      answers: imported.answers,
      bank: imported.bank,
      source: 'imported',
    };
  }
  if (shared) {
    return shared.ok ? { ...shared.value, bank: shared.bank, source: 'shared' } : null;
  }
  if (saved?.decoding.status !== 'restored') return null;
  const { form, answers, timing } = saved.decoding.progress;
  return { form, answers, bank: saved.bank, source: 'saved', timing };
}

/**
 * Why the saved result cannot be shown, as a sentence, or null when it can (or there is none).
 * The decoder has kept an unreadable one aside already.
 */
export function describeUnreadableSaved(
  page: ResultCopy['page'],
  decoding: ProgressDecoding,
): string | null {
  if (decoding.status === 'restored') return null;
  const words = page.savedProblem;
  const why = 'detail' in decoding ? decoding.detail : words.otherVersion;
  return fillTemplate(words.detail, { why });
}

/** The line above a result's title: where it comes from and its form, e.g. "Your results · full form". */
export function describeShownSource(
  { common, result }: ResultWords,
  shown: Pick<ShownAnswers, 'source' | 'form'>,
): string {
  return fillTemplate(result.page.sourceLine, {
    source: result.page.sources[shown.source],
    form: common.forms[shown.form].name,
  });
}
