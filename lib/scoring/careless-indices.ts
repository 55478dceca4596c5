import { CARELESS_RULES } from './confidence-rules';
import type { StepTiming } from './profile';

/** Pearson's correlation of two equally long lists; null when either does not vary. */
export function pearson(xs: readonly number[], ys: readonly number[]): number | null {
  const n = Math.min(xs.length, ys.length);
  if (n < 2) return null;
  const mean = (values: readonly number[]) => values.slice(0, n).reduce((a, b) => a + b, 0) / n;
  const mx = mean(xs);
  const my = mean(ys);
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    const dx = (xs[i] ?? 0) - mx;
    const dy = (ys[i] ?? 0) - my;
    sxy += dx * dy;
    sxx += dx * dx;
    syy += dy * dy;
  }
  if (sxx === 0 || syy === 0) return null;
  return sxy / Math.sqrt(sxx * syy);
}

/** Standard deviation (population) of a list; 0 for fewer than two values. */
export function spread(values: readonly number[]): number {
  if (values.length < 2) return 0;
  const mean = values.reduce((a, b) => a + b, 0) / values.length;
  return Math.sqrt(values.reduce((a, b) => a + (b - mean) ** 2, 0) / values.length);
}

/**
 * Even-odd consistency (Jackson 1976; Johnson 2005): each competency's recoded item scores, in the
 * order they were presented, split into odd and even positions; the half means correlated across
 * competencies and corrected with Spearman–Brown. Null when it cannot be judged: too few
 * competencies with both halves, or a profile too flat for a correlation to mean anything.
 */
export function evenOddConsistency(itemScores: readonly (readonly number[])[]): number | null {
  const odd: number[] = [];
  const even: number[] = [];
  const means: number[] = [];
  for (const scores of itemScores) {
    if (scores.length < 2) continue;
    const halves = [0, 1].map((parity) => scores.filter((_, i) => i % 2 === parity));
    const [first, second] = halves.map((h) => h.reduce((a, b) => a + b, 0) / h.length) as [
      number,
      number,
    ];
    odd.push(first);
    even.push(second);
    means.push(scores.reduce((a, b) => a + b, 0) / scores.length);
  }
  const rules = CARELESS_RULES.evenOdd;
  if (means.length < rules.minimumCompetencies || spread(means) < rules.minimumSpread) return null;
  const r = pearson(odd, even);
  if (r === null) return null;
  return r <= 0 ? Math.max(-1, r) : (2 * r) / (1 + r);
}

/**
 * How far twins are from mirroring each other, in scale steps, after allowing for a general
 * tendency to agree: for each pair d = positive + reverse − 6 (0 when the reverse answer mirrors
 * the positive one), the mean absolute deviation of d around its own mean. A person who agrees a
 * step more with everything shifts every d alike and stays near 0; random answers average about 1.6.
 */
export function twinDistance(pairs: readonly (readonly [number, number])[]): number | null {
  if (pairs.length === 0) return null;
  const gaps = pairs.map(([positive, reverse]) => positive + reverse - 6);
  const mean = gaps.reduce((a, b) => a + b, 0) / gaps.length;
  return gaps.reduce((sum, gap) => sum + Math.abs(gap - mean), 0) / gaps.length;
}

/**
 * Psychometric antonyms (Meade & Craig 2012): the correlation, across twin pairs, between the
 * answer to each positive statement and the recoded answer to its reverse twin. Someone who reads
 * the statements moves both together (honest answer sets here correlate 0.6–0.9); answers given
 * without reading do not (about 0), whatever part of the scale they use. Null when either side
 * does not vary.
 */
export function twinAgreement(pairs: readonly (readonly [number, number])[]): number | null {
  return pearson(
    pairs.map(([positive]) => positive),
    pairs.map(([, reverse]) => 6 - reverse),
  );
}

/** The longest run of one answer among the values, in the order given. */
export function longestRun(values: readonly number[]): number {
  let longest = 0;
  let run = 0;
  let previous: number | undefined;
  for (const value of values) {
    run = value === previous ? run + 1 : 1;
    previous = value;
    if (run > longest) longest = run;
  }
  return longest;
}

/** The median over steps of seconds per statement; null without timing. */
export function medianSecondsPerStatement(
  timing: readonly StepTiming[] | undefined,
): number | null {
  const rates = (timing ?? [])
    .filter((step) => step.statements > 0 && Number.isFinite(step.seconds) && step.seconds >= 0)
    .map((step) => step.seconds / step.statements)
    .sort((a, b) => a - b);
  if (rates.length === 0) return null;
  const middle = Math.floor(rates.length / 2);
  return rates.length % 2 === 1
    ? (rates[middle] ?? 0)
    : ((rates[middle - 1] ?? 0) + (rates[middle] ?? 0)) / 2;
}
