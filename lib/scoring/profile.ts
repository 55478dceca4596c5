import type { Form } from '@/lib/answers/schema';
import type { RoleId } from '@/lib/bank/schema';

/** A score per role, 0–100. */
export type PerRole<T> = { readonly cto: T; readonly cpo: T };

/** The role the person leans to, or `balanced` when the fits are close. */
export type LeanRole = RoleId | 'balanced';

export interface Lean {
  readonly role: LeanRole;
  /** CTO fit minus CPO fit: positive leans CTO, negative leans CPO. */
  readonly margin: number;
  readonly strength: 'none' | 'slight' | 'clear';
  /** The two fit ranges overlap: the lean is within the margin. */
  readonly withinMargin: boolean;
}

/** Where a score probably lies given the answers behind it (90% interval), clamped to 0–100, whole numbers. */
export interface ScoreRange {
  readonly low: number;
  readonly high: number;
}

/** How long one statement step of the quiz took; scenario steps are not recorded. */
export interface StepTiming {
  /** Statements shown on the step. */
  readonly statements: number;
  readonly seconds: number;
}

export type VerdictKind =
  | 'clear-cto'
  | 'leans-cto'
  | 'clear-cpo'
  | 'leans-cpo'
  | 'fits-both'
  | 'balanced'
  | 'fits-neither'
  | 'unclear'
  /** Scoring rules 2: the fit ranges overlap, so the lean is within the margin of error. */
  | 'within-margin';

export interface Verdict {
  readonly kind: VerdictKind;
  /** A short line such as "A clear fit for the CTO role". */
  readonly headline: string;
  /** Two or three sentences in plain language. */
  readonly summary: string;
}

export interface CompetencyScore {
  readonly id: string;
  /** 0–100, or null when none of its items were answered: never guessed as neutral. */
  readonly score: number | null;
  readonly answered: number;
  readonly total: number;
  /** Where the score probably lies (90%); null when none of its items were answered. */
  readonly range: ScoreRange | null;
}

/** A competency that stands out, relative to the role the person leans to. */
export interface FocusArea {
  readonly competencyId: string;
  readonly score: number;
  /** How much the competency matters to the target role, 0–3. */
  readonly importance: number;
  /** The score the target role expects at this importance. */
  readonly expected: number;
  readonly nextSteps: readonly string[];
}

export interface ArchetypeMatch {
  readonly id: string;
  /** 0–100: how closely the competency scores match the archetype's reference profile. */
  readonly similarity: number;
}

export type TensionLabel = 'technology-first' | 'balanced' | 'product-first';

export interface TensionPosition {
  readonly id: string;
  /** −100 technology-first … 0 balanced … +100 product-first; null when unanswered. */
  readonly position: number | null;
  readonly label: TensionLabel | null;
  readonly answered: number;
  readonly total: number;
}

export type ConfidenceLevel = 'high' | 'medium' | 'low';

export type ConfidenceReasonCode =
  | 'no-answers'
  | 'incomplete'
  | 'competency-unanswered'
  | 'straight-lining'
  | 'contradictions'
  | 'short-form'
  /** Even-odd consistency: the two halves of each competency's statements disagree (rules 2). */
  | 'inconsistent'
  /** The longest run of one answer in the order the statements were shown (rules 2). */
  | 'long-run'
  /** Median seconds per statement too short to have read them (rules 2). */
  | 'too-fast';

export interface ConfidenceReason {
  readonly code: ConfidenceReasonCode;
  /** The highest confidence this reason allows. */
  readonly level: Exclude<ConfidenceLevel, 'high'>;
  /** What we noticed, e.g. "You gave the same answer to 92% of the statements." */
  readonly message: string;
  /** What the person can do about it. */
  readonly advice: string;
}

export interface Confidence {
  readonly level: ConfidenceLevel;
  readonly reasons: readonly ConfidenceReason[];
}

/** Everything the engine concludes from one answer set. */
export interface FitProfile {
  readonly bank: { readonly id: string; readonly version: number };
  readonly form: Form;
  readonly answered: number;
  readonly total: number;
  readonly fit: PerRole<number>;
  /** Where each fit probably lies (90%), from the answers behind it. */
  readonly fitRange: PerRole<ScoreRange>;
  readonly lean: Lean;
  readonly verdict: Verdict;
  readonly competencies: readonly CompetencyScore[];
  /** The role strengths and growth areas are measured against. */
  readonly target: LeanRole;
  readonly strengths: readonly FocusArea[];
  readonly growthAreas: readonly FocusArea[];
  /** The nearest archetype, or null when no competency has an answer to compare. */
  readonly archetype: ArchetypeMatch | null;
  /** Every archetype, nearest first. */
  readonly archetypeRanking: readonly ArchetypeMatch[];
  readonly tensions: readonly TensionPosition[];
  readonly confidence: Confidence;
}
