import type { Answers, Form } from '@/lib/answers/schema';
import type { QuestionBank } from '@/lib/bank/schema';
import { fillTemplate } from '@/lib/report/copy/fill-template';
import type { ReportWords } from '@/lib/report/copy/report-words';
import type { ResultCopy } from '@/lib/report/copy/schema';
import { buildResultView, type ResultView } from '@/lib/report/result-view';
import { scoreAnswers, type FitProfile } from '@/lib/scoring';
import type { VerdictKind } from '@/lib/scoring/profile';
import { describeEarlierVersion } from '@/lib/versions/describe-earlier-version';
import type { VersionsCopy } from '@/lib/versions/copy-schema';

export interface SummaryOptions {
  /** The day the summary is made, e.g. "2026-11-28"; passed in so that the engine reads no clock. */
  readonly date: string;
  /** A link that opens the same result, when the caller has one. */
  readonly shareUrl?: string;
}

/** What an export says about a result taken with an earlier bank version, in the pages' words. */
export interface EarlierVersionWords {
  /** e.g. "Taken with an earlier version of the quiz (version 1; the current one is version 2). …" */
  readonly notice: string;
  /** The offer to take the quiz again. */
  readonly retake: string;
}

/**
 * A result as a file or an image shows it: the page's view model, plus what only a document has
 * (its title and date line, the closing note, the share link, the share card's words).
 */
export interface ResultSummary extends ResultView {
  readonly title: string;
  readonly date: string;
  readonly form: Form;
  readonly answered: number;
  readonly total: number;
  /** Set when the result was taken with an older bank version than the current one. */
  readonly earlierVersion: EarlierVersionWords | null;
  readonly verdict: {
    readonly kind: VerdictKind;
    readonly headline: string;
    readonly summary: string;
  };
  /** The document's own lines: under the title, the closing note, the label of the share link. */
  readonly document: {
    /** e.g. "2026-11-28 · full form · 30 of 30 questions answered". */
    readonly meta: string;
    readonly closing: string;
    readonly openLink: string;
  };
  /** The share image's fixed words. */
  readonly shareCard: ResultCopy['shareCard'];
  /** The column names of the CSV export. */
  readonly csvHeader: readonly string[];
  readonly bank: { readonly id: string; readonly version: number };
  readonly shareUrl: string | null;
  /** The engine's own record of the result, for the JSON export. */
  readonly profile: FitProfile;
}

/** Scores an answer set and gathers what its report says in `words`, worded by `lib/report`. */
export function buildSummary(
  words: ReportWords,
  bank: QuestionBank,
  answers: Answers,
  form: Form,
  options: SummaryOptions,
): ResultSummary {
  return summariseProfile(
    words,
    bank,
    scoreAnswers(bank, answers, words.scoring, { form }),
    options,
  );
}

/**
 * Gathers what the report of a profile already scored by `bank` says. A page passes the very
 * profile it shows (scored with the quiz's timing, say), so that its exports cannot disagree.
 */
export function summariseProfile(
  words: ReportWords,
  bank: QuestionBank,
  profile: FitProfile,
  options: SummaryOptions,
): ResultSummary {
  const document = words.result.document;
  const form = words.common.forms[profile.form].name;
  return {
    ...buildResultView(words, bank, profile),
    title: fillTemplate(document.title, { bankTitle: bank.title }),
    date: options.date,
    form: profile.form,
    answered: profile.answered,
    total: profile.total,
    earlierVersion: describeEarlierResult(words.versions, profile.bank.version),
    verdict: { ...profile.verdict },
    document: {
      meta: fillTemplate(document.meta, {
        date: options.date,
        form,
        answered: profile.answered,
        total: profile.total,
      }),
      closing: fillTemplate(document.closing, {
        bankId: profile.bank.id,
        version: profile.bank.version,
        form,
      }),
      openLink: document.openLink,
    },
    shareCard: words.result.shareCard,
    csvHeader: words.result.csv.header,
    bank: profile.bank,
    shareUrl: options.shareUrl ?? null,
    profile,
  };
}

/** The earlier-version notice of a result of `version`, or null when it is of the current one. */
export function describeEarlierResult(
  versions: VersionsCopy,
  version: number,
): EarlierVersionWords | null {
  const { earlier, notice, retake } = describeEarlierVersion(versions.earlier, version);
  return earlier ? { notice, retake } : null;
}
