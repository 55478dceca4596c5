import type { QuestionBank } from '@/lib/bank/schema';
import type { ComparedPerson } from '@/lib/codecs/compare-code';
import {
  buildPairingReport,
  PAIRING_KIND_LABEL,
  type Coverage,
  type PairingContent,
  type PairingKind,
  type PairingReport,
} from '@/lib/compare';
import { describeConfidence } from '@/lib/report';
import { scoreAnswers } from '@/lib/scoring';
import type { Form } from '@/lib/answers/schema';

import {
  describeEarlierResult,
  describeFit,
  type EarlierVersionWords,
  type SummaryFit,
} from './build-summary';

export interface CompareOptions {
  /** The day the summary is made, e.g. "2026-11-28"; passed in so that the engine reads no clock. */
  readonly date: string;
  /** A link that opens the same comparison, when the caller has one. */
  readonly shareUrl?: string;
}

export interface ComparedPersonSummary {
  readonly name: string;
  readonly form: Form;
  readonly answered: number;
  readonly total: number;
  /** Set when this person's result was taken with an older bank version than the current one. */
  readonly earlierVersion: EarlierVersionWords | null;
  readonly verdict: string;
  readonly fits: { readonly cto: SummaryFit; readonly cpo: SummaryFit };
  /** e.g. "High confidence". */
  readonly confidence: string;
}

export interface CompareTension {
  readonly id: string;
  readonly name: string;
  readonly kind: PairingKind;
  /** e.g. "Likely clash". */
  readonly kindLabel: string;
  readonly headline: string;
  readonly positions: readonly [number | null, number | null];
  /** Where each sits, e.g. ["Technology-first (−75)", "Product-first (+50)"]. */
  readonly placed: readonly [string, string];
  /** e.g. "Alex: Technology-first (−75); Sam: Product-first (+50)". */
  readonly placements: string;
  readonly reason: string;
  readonly practices: readonly string[];
}

/** Everything a comparison of two results shows, in order; the Markdown and PDF exports read this. */
export interface CompareSummary {
  readonly title: string;
  readonly date: string;
  readonly people: readonly [ComparedPersonSummary, ComparedPersonSummary];
  readonly overall: { readonly headline: string; readonly summary: string };
  readonly roleSplit: {
    readonly headline: string;
    readonly summary: string;
    readonly suggestion: string;
  };
  readonly counts: Readonly<Record<PairingKind, number>>;
  /** In bank order. */
  readonly competencies: readonly {
    readonly id: string;
    readonly name: string;
    readonly scores: readonly [number | null, number | null];
    readonly coverage: Coverage;
    readonly note: string;
  }[];
  /** In bank order. */
  readonly tensions: readonly CompareTension[];
  readonly framing: string;
  readonly cautions: readonly string[];
  readonly bank: { readonly id: string; readonly version: number };
  /** Which question bank each person answered, as the report's closing line says it. */
  readonly bankNote: string;
  readonly shareUrl: string | null;
  /** The engine's own report, for whoever wants every detail. */
  readonly report: PairingReport;
}

/** One person to compare; `bank` is the version they answered, when not the current `bank`. */
export type CompareSummaryPerson = ComparedPerson & { readonly bank?: QuestionBank };

/**
 * Scores both answer sets, each with the bank of its own version (the current `bank` unless the
 * person names one), pairs them and gathers what the comparison says. Pure.
 */
export function buildCompareSummary(
  bank: QuestionBank,
  content: PairingContent,
  people: readonly [CompareSummaryPerson, CompareSummaryPerson],
  options: CompareOptions,
): CompareSummary {
  const [a, b] = people;
  const pa = scoreAnswers(a.bank ?? bank, a.answers, { form: a.form });
  const pb = scoreAnswers(b.bank ?? bank, b.answers, { form: b.form });
  const report = buildPairingReport(bank, content, [
    { name: a.name, profile: pa },
    { name: b.name, profile: pb },
  ]);
  const person = (i: 0 | 1): ComparedPersonSummary => {
    const shown = report.people[i];
    const profile = i === 0 ? pa : pb;
    return {
      name: shown.name,
      form: shown.form,
      answered: shown.answered,
      total: shown.total,
      earlierVersion: describeEarlierResult(profile.bank.version),
      verdict: shown.verdict,
      fits: {
        cto: describeFit(shown.fit.cto, profile.fitRange.cto),
        cpo: describeFit(shown.fit.cpo, profile.fitRange.cpo),
      },
      confidence: describeConfidence(profile.confidence).title,
    };
  };
  return {
    title: `${bank.title} — ${a.name} and ${b.name} compared`,
    date: options.date,
    people: [person(0), person(1)],
    overall: { headline: report.overall.headline, summary: report.overall.summary },
    roleSplit: {
      headline: report.roleSplit.headline,
      summary: report.roleSplit.summary,
      suggestion: report.roleSplit.suggestion,
    },
    counts: report.counts,
    competencies: report.competencies.map(({ id, name, scores, coverage, note }) => ({
      id,
      name,
      scores,
      coverage,
      note,
    })),
    tensions: report.tensions.map((t) => ({
      id: t.id,
      name: t.name,
      kind: t.kind,
      kindLabel: PAIRING_KIND_LABEL[t.kind],
      headline: t.headline,
      positions: t.positions,
      placed: t.placed,
      placements: t.placements,
      reason: t.reason,
      practices: t.practices,
    })),
    framing: report.framing,
    cautions: report.cautions,
    bank: pa.bank,
    bankNote: describeBanks([a.name, b.name], [pa.bank, pb.bank]),
    shareUrl: options.shareUrl ?? null,
    report,
  };
}

/** One version for both people, or each person's own when they answered different versions. */
function describeBanks(
  names: readonly [string, string],
  banks: readonly [{ id: string; version: number }, { id: string; version: number }],
): string {
  const [first, second] = banks;
  return first.version === second.version
    ? `Compared with the question bank "${first.id}", version ${first.version}.`
    : `Compared with the question bank "${first.id}": ${names[0]} answered version ${first.version}, ${names[1]} version ${second.version}.`;
}
