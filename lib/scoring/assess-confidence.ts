import { formatDecimal } from '@/lib/copy/format-decimal';
import type { Form } from '@/lib/answers/schema';
import type { Competency } from '@/lib/bank/schema';

import { fillPlural, fillTemplate } from '@/lib/copy/fill-template';

import { CARELESS_RULES, CONFIDENCE_RULES } from './confidence-rules';
import type { Confidence, ConfidenceLevel, ConfidenceReason } from './profile';
import type { ScoringCopy } from './copy-schema';

/** The sentences of each confidence reason, from the scoring copy. */
export type ConfidenceReasonWords = ScoringCopy['confidenceReasons'];

/** The words `assessConfidence` says its reasons in: each reason's, and the decimal mark. */
export type ConfidenceWords = Pick<ScoringCopy, 'confidenceReasons' | 'decimalMark'>;

export interface ConfidenceEvidence {
  readonly form: Form;
  readonly answered: number;
  readonly total: number;
  /** Competencies of the form none of whose items were answered. */
  readonly unansweredCompetencies: readonly Competency[];
  readonly likertValues: readonly number[];
  /** Twin pairs with both items answered, and how many of them contradict each other. */
  readonly twinPairsAnswered: number;
  readonly contradictions: number;
  /** The careless-answer indices of scoring rules 2; absent under rules 1. */
  readonly careless?: CarelessEvidence;
}

/** What the careless-answer indices measured (scoring rules 2); null where an index was skipped. */
export interface CarelessEvidence {
  /** Spearman–Brown corrected even-odd consistency, −1…1. */
  readonly evenOdd: number | null;
  /** How far twins are from mirroring each other, in scale steps (see `twinDistance`). */
  readonly twinDistance: number | null;
  /** Psychometric antonyms: how far twins' answers move together, −1…1 (see `twinAgreement`). */
  readonly twinAgreement: number | null;
  /** The longest run of one answer in presentation order, and how many statements were answered. */
  readonly longestRun: number;
  readonly statements: number;
  readonly secondsPerStatement: number | null;
}

/** How far the profile can be trusted, and why not fully, said in `words`. */
export function assessConfidence(words: ConfidenceWords, evidence: ConfidenceEvidence): Confidence {
  const reasons = findReasons(words.confidenceReasons, evidence, words.decimalMark);
  const level: ConfidenceLevel = reasons.some((r) => r.level === 'low')
    ? 'low'
    : reasons.length > 0
      ? 'medium'
      : 'high';
  return { level, reasons };
}

/** Share of the Likert values (1–5) equal to the most common one; 0 for none. */
export function mostCommonShare(values: readonly number[]): number {
  if (values.length === 0) return 0;
  const counts = [0, 0, 0, 0, 0, 0];
  let most = 0;
  for (const value of values) {
    const count = (counts[value] ?? 0) + 1;
    counts[value] = count;
    if (count > most) most = count;
  }
  return most / values.length;
}

/** Two answers contradict when a statement and its reverse-keyed twin are both agreed with, or both disagreed with. */
export function contradicts(positive: number, reverse: number): boolean {
  return (positive >= 4 && reverse >= 4) || (positive <= 2 && reverse <= 2);
}

function findReasons(
  words: ConfidenceReasonWords,
  evidence: ConfidenceEvidence,
  decimalMark: string,
): ConfidenceReason[] {
  const { answered, total } = evidence;
  if (answered === 0) {
    return [
      {
        code: 'no-answers',
        level: 'low',
        ...words['no-answers'],
      },
    ];
  }

  const reasons: ConfidenceReason[] = [];
  const rules = CONFIDENCE_RULES;
  const completion = answered / total;
  if (completion < rules.completion.medium) {
    reasons.push({
      code: 'incomplete',
      level: completion < rules.completion.low ? 'low' : 'medium',
      message: fillTemplate(words.incomplete.message, { answered, total }),
      advice: words.incomplete.advice,
    });
  }

  const missing = evidence.unansweredCompetencies;
  if (missing.length > 0) {
    const names = missing.map((c) => c.name).join(', ');
    reasons.push({
      code: 'competency-unanswered',
      level: 'medium',
      message: fillPlural(words['competency-unanswered'].message, missing.length, {
        count: missing.length,
        names,
      }),
      advice: words['competency-unanswered'].advice,
    });
  }

  const sameShare = mostCommonShare(evidence.likertValues);
  if (
    evidence.likertValues.length >= rules.sameAnswer.minimumAnswers &&
    sameShare >= rules.sameAnswer.medium
  ) {
    reasons.push({
      code: 'straight-lining',
      level: sameShare >= rules.sameAnswer.low ? 'low' : 'medium',
      message: fillTemplate(words['straight-lining'].message, {
        percent: Math.round(sameShare * 100),
      }),
      advice: words['straight-lining'].advice,
    });
  }

  const { twinPairsAnswered: pairs, contradictions } = evidence;
  const share = pairs > 0 ? contradictions / pairs : 0;
  const contradicting =
    contradictions >= rules.contradictions.minimumCount && share >= rules.contradictions.medium;
  const farApart = twinsFarApart(evidence);
  if (contradicting || farApart) {
    const distance = evidence.careless?.twinDistance ?? 0;
    reasons.push({
      code: 'contradictions',
      level: share >= rules.contradictions.low || farApart ? 'low' : 'medium',
      message: farApart
        ? fillTemplate(words.contradictions.message.farApart, {
            pairs,
            distance: formatDecimal(distance, 1, decimalMark),
          })
        : fillTemplate(words.contradictions.message.sameKind, { contradictions, pairs }),
      advice: words.contradictions.advice,
    });
  }

  if (evidence.careless)
    reasons.push(...findCarelessReasons(words, evidence.careless, evidence.twinPairsAnswered));

  if (evidence.form === 'short') {
    reasons.push({
      code: 'short-form',
      level: 'medium',
      ...words['short-form'],
    });
  }
  return reasons;
}

/** Scoring rules 2: twins whose answers are, on average, far from mirroring each other. */
function twinsFarApart(evidence: ConfidenceEvidence): boolean {
  const distance = evidence.careless?.twinDistance ?? null;
  const rules = CARELESS_RULES.twins;
  return (
    distance !== null && evidence.twinPairsAnswered >= rules.minimumPairs && distance >= rules.low
  );
}

function findCarelessReasons(
  words: ConfidenceReasonWords,
  careless: CarelessEvidence,
  twinPairs: number,
): ConfidenceReason[] {
  const reasons: ConfidenceReason[] = [];
  const rules = CARELESS_RULES;
  const { evenOdd, twinDistance, twinAgreement } = careless;
  /** A low agreement score, borne out by enough twin pairs that lie far enough apart. */
  const lowAndBorneOut = (score: number | null, low: number, pairs: number, distance: number) =>
    score !== null &&
    score < low &&
    twinDistance !== null &&
    twinPairs >= pairs &&
    twinDistance >= distance;
  const halvesDisagree = lowAndBorneOut(
    evenOdd,
    rules.evenOdd.low,
    rules.twins.minimumPairs,
    rules.twins.doubtful,
  );
  const twinsUnrelated = lowAndBorneOut(
    twinAgreement,
    rules.antonyms.low,
    rules.antonyms.minimumPairs,
    rules.antonyms.minimumDistance,
  );
  if (halvesDisagree || twinsUnrelated) {
    reasons.push({
      code: 'inconsistent',
      level: 'low',
      ...words.inconsistent,
    });
  }
  const runFloor = Math.max(
    rules.longRun.minimumRun,
    Math.ceil(rules.longRun.lowShare * careless.statements),
  );
  if (careless.longestRun >= runFloor) {
    reasons.push({
      code: 'long-run',
      level: 'low',
      message: fillTemplate(words['long-run'].message, { count: careless.longestRun }),
      advice: words['long-run'].advice,
    });
  }
  const seconds = careless.secondsPerStatement;
  if (seconds !== null && seconds < rules.time.lowSeconds) {
    reasons.push({
      code: 'too-fast',
      level: 'low',
      message: describeTooFast(words['too-fast'].message, seconds),
      advice: words['too-fast'].advice,
    });
  }
  return reasons;
}

function describeTooFast(words: ConfidenceReasonWords['too-fast']['message'], seconds: number) {
  if (seconds < 1) return words.underASecond;
  const rounded = Math.round(seconds);
  return fillPlural(words.seconds, rounded, { seconds: rounded });
}
