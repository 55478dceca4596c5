import type { Answers, Form } from '@/lib/answers/schema';
import type { QuestionBank } from '@/lib/bank/schema';
import {
  buildCompetencyRows,
  describeArchetype,
  describeArchetypeRanking,
  describeConfidence,
  describeFitLevels,
  describeFocusAreas,
  describeRangeGuide,
  describeTensions,
  formatRange,
  type ArchetypeRankingReport,
  type FocusAreaItem,
  type ImportanceWord,
  type RangeGuide,
} from '@/lib/report';
import { describeFitLevel, scoreAnswers, type FitProfile } from '@/lib/scoring';
import type { ConfidenceLevel, ScoreRange, TensionLabel, VerdictKind } from '@/lib/scoring/profile';
import { describeEarlierVersion } from '@/lib/versions/describe-earlier-version';

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

/** One role's fit with the words for its level, e.g. 62, "Solid". */
export interface SummaryFit {
  readonly score: number;
  readonly level: string;
  /** What a fit at this level means, in a sentence. */
  readonly meaning: string;
  /** Where the fit probably lies. */
  readonly range: ScoreRange;
  /** The range in figures, e.g. "57–67". */
  readonly rangeText: string;
}

export interface SummaryCompetency {
  readonly id: string;
  readonly name: string;
  /** 0–100, or null when none of its questions were answered ("not measured"). */
  readonly score: number | null;
  /** Where the score probably lies, or null when not measured. */
  readonly range: ScoreRange | null;
  readonly answered: number;
  readonly total: number;
  readonly importance: { readonly cto: ImportanceWord; readonly cpo: ImportanceWord };
}

export interface SummaryTension {
  readonly id: string;
  readonly name: string;
  /** −100 technology-first … +100 product-first, or null when unanswered. */
  readonly position: number | null;
  readonly label: TensionLabel | null;
  /** e.g. "Technology-first (−60)", "Not measured". */
  readonly placement: string;
  readonly practices: readonly string[];
}

/** Everything a report of one result shows, in the order it shows it; every export format reads this. */
export interface ResultSummary {
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
  readonly fits: { readonly cto: SummaryFit; readonly cpo: SummaryFit };
  /** The reading guide's paragraph on ranges, beside the note on the scale. */
  readonly rangeGuide: RangeGuide;
  readonly confidence: {
    readonly level: ConfidenceLevel;
    readonly title: string;
    readonly meaning: string;
    readonly reasons: readonly { readonly message: string; readonly advice: string }[];
  };
  readonly archetype: {
    readonly name: string;
    readonly similarity: number;
    readonly summary: string;
    readonly advice: string;
    readonly runnerUp: string | null;
  } | null;
  /** Every archetype, nearest first, with the list's heading and introduction. */
  readonly archetypeRanking: ArchetypeRankingReport;
  /** In bank order. */
  readonly competencies: readonly SummaryCompetency[];
  readonly focusAreas: {
    /** e.g. "the CTO role", "both roles". */
    readonly measuredAgainst: string;
    readonly strengths: readonly FocusAreaItem[];
    readonly growthAreas: readonly FocusAreaItem[];
  };
  /** In bank order. */
  readonly tensions: readonly SummaryTension[];
  readonly bank: { readonly id: string; readonly version: number };
  readonly shareUrl: string | null;
  /** The engine's own record of the result, for the JSON export. */
  readonly profile: FitProfile;
}

/** Scores an answer set and gathers what its report says, worded by `lib/report`. */
export function buildSummary(
  bank: QuestionBank,
  answers: Answers,
  form: Form,
  options: SummaryOptions,
): ResultSummary {
  return summariseProfile(bank, scoreAnswers(bank, answers, { form }), options);
}

/**
 * Gathers what the report of a profile already scored by `bank` says. A page passes the very
 * profile it shows (scored with the quiz's timing, say), so that its exports cannot disagree.
 */
export function summariseProfile(
  bank: QuestionBank,
  profile: FitProfile,
  options: SummaryOptions,
): ResultSummary {
  const { form } = profile;
  const confidence = describeConfidence(profile.confidence);
  const archetype = describeArchetype(bank, profile);
  const focusAreas = describeFocusAreas(bank, profile);
  return {
    title: `${bank.title} — your result`,
    date: options.date,
    form,
    answered: profile.answered,
    total: profile.total,
    earlierVersion: describeEarlierResult(profile.bank.version),
    verdict: { ...profile.verdict },
    fits: {
      cto: describeFit(profile.fit.cto, profile.fitRange.cto),
      cpo: describeFit(profile.fit.cpo, profile.fitRange.cpo),
    },
    rangeGuide: describeRangeGuide(bank.scoring),
    confidence: {
      level: confidence.level,
      title: confidence.title,
      meaning: confidence.meaning,
      reasons: confidence.reasons.map(({ message, advice }) => ({ message, advice })),
    },
    archetype: archetype && {
      name: archetype.name,
      similarity: archetype.similarity,
      summary: archetype.summary,
      advice: archetype.advice,
      runnerUp: archetype.runnerUp,
    },
    archetypeRanking: describeArchetypeRanking(bank, profile),
    competencies: buildCompetencyRows(bank, profile).map((row) => ({
      id: row.id,
      name: row.name,
      score: row.score,
      range: row.range,
      answered: row.answered,
      total: row.total,
      importance: row.importance,
    })),
    focusAreas,
    tensions: describeTensions(bank, profile).map((row) => ({
      id: row.id,
      name: row.name,
      position: row.position,
      label: row.label,
      placement: row.placement,
      practices: row.practices,
    })),
    bank: profile.bank,
    shareUrl: options.shareUrl ?? null,
    profile,
  };
}

/** The earlier-version notice of a result of `version`, or null when it is of the current one. */
export function describeEarlierResult(version: number): EarlierVersionWords | null {
  const { earlier, notice, retake } = describeEarlierVersion(version);
  return earlier ? { notice, retake } : null;
}

/** A fit with the words for its level and its range, as every summary shows it. */
export function describeFit(score: number, range: ScoreRange): SummaryFit {
  const level = describeFitLevel(score);
  const band = describeFitLevels().find((b) => b.level === level);
  return {
    score,
    level: band?.label ?? level,
    meaning: band?.meaning ?? '',
    range,
    rangeText: formatRange(range),
  };
}
