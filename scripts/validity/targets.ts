import type { Form } from '@/lib/answers/schema';
import type { QuestionBank } from '@/lib/bank/schema';
import type { ConfidenceLevel, FitProfile } from '@/lib/scoring';
import { FIT_LEVELS } from '@/lib/scoring/fit-level';

import { MIN_TWIN_DISTANCE, measureOrder } from '../order/order-rules';
import { statementsInOrder } from './answer-sets';

/** The targets of issue #12 the validity table checks; decision 015 gives their reasons. */
export const VALIDITY_TARGETS = {
  /** All-agree and all-disagree fits must land in this band. */
  extremeFit: { low: 40, high: 60 },
  /** Share of uniformly random full-form answer sets that must read low. */
  randomLowFull: 0.95,
  /** The same for the short form, whose fewer answers make it harder: our own, lower bar. */
  randomLowShort: 0.85,
  /** Most shares of simulated consistent people that may read low (our own bars, decision 015). */
  consistentLowFull: 0.02,
  consistentLowShort: 0.1,
  minTwinDistance: MIN_TWIN_DISTANCE,
} as const;

/** One row of the validity table. */
export interface ValidityRow {
  readonly check: string;
  readonly result: string;
  readonly target: string;
  readonly ok: boolean;
}

const percent = (share: number) => `${(100 * share).toFixed(1)}%`;

/** All-agree or all-disagree answers: both fits in the middle band, and confidence low. */
export function checkExtreme(label: string, profile: FitProfile): ValidityRow {
  const { low, high } = VALIDITY_TARGETS.extremeFit;
  const inBand = (fit: number) => fit >= low && fit <= high;
  return {
    check: label,
    result: `CTO ${profile.fit.cto} · CPO ${profile.fit.cpo} · ${profile.confidence.level}`,
    target: `fits ${low}–${high}, low`,
    ok: inBand(profile.fit.cto) && inBand(profile.fit.cpo) && profile.confidence.level === 'low',
  };
}

/** The share of random answer sets read low, against its target. */
export function checkRandomShare(
  label: string,
  lowCount: number,
  runs: number,
  target: number,
): ValidityRow {
  return checkLowShare(label, lowCount, runs, '≥', target);
}

/** The share of simulated consistent people read low must stay small. */
export function checkConsistentShare(
  label: string,
  lowCount: number,
  runs: number,
  limit: number,
): ValidityRow {
  return checkLowShare(label, lowCount, runs, '≤', limit);
}

/** The share of `runs` read low against a bar it must reach (≥) or stay within (≤). */
function checkLowShare(
  label: string,
  lowCount: number,
  runs: number,
  bound: '≥' | '≤',
  bar: number,
): ValidityRow {
  // No runs at all is a miss, shown with the share that would miss the bar.
  const share = runs > 0 ? lowCount / runs : bound === '≥' ? 0 : 1;
  return {
    check: label,
    result: `${percent(share)} of ${runs}`,
    target: `${bound} ${percent(bar)} low`,
    ok: runs > 0 && (bound === '≥' ? share >= bar : share <= bar),
  };
}

/** A careless pattern (cyclic or one-note) must read low. */
export function checkReadsLow(label: string, level: ConfidenceLevel): ValidityRow {
  return { check: label, result: level, target: 'low', ok: level === 'low' };
}

export type ExpectedLean = 'cto' | 'cpo' | 'balanced' | 'neither';

/** Whether a profile leans as a person's description says (tests/fixtures/people/README.md). */
export function leansAsExpected(profile: FitProfile, expected: ExpectedLean): boolean {
  const { lean, fit } = profile;
  switch (expected) {
    case 'neither':
      return Math.max(fit.cto, fit.cpo) < FIT_LEVELS.emerging;
    case 'balanced':
      return lean.role === 'balanced' || lean.withinMargin;
    default:
      return lean.role === expected && !lean.withinMargin;
  }
}

/** A realistic person must lean as expected and must not read low. */
export function checkPerson(
  file: string,
  expected: ExpectedLean,
  profile: FitProfile,
): ValidityRow {
  const lean = `${profile.lean.role}${profile.lean.withinMargin ? ' (within margin)' : ''}`;
  return {
    check: `person ${file} (${profile.form})`,
    result: `expects ${expected} · CTO ${profile.fit.cto} · CPO ${profile.fit.cpo} · ${lean} · ${profile.confidence.level}`,
    target: `${expected}, not low`,
    ok: leansAsExpected(profile, expected) && profile.confidence.level !== 'low',
  };
}

/** The item-order rules of a form: no neighbours of one competency, twins far apart. */
export function checkOrder(bank: QuestionBank, form: Form): ValidityRow {
  const order = statementsInOrder(bank, form);
  const statements = bank.questions.flatMap((q) =>
    q.type === 'likert'
      ? [{ id: q.id, competency: q.competency, keyed: q.keyed, twin: q.twin }]
      : [],
  );
  const figures = measureOrder(order, statements);
  const min = figures.twinDistances.length === 0 ? 0 : figures.minTwinDistance;
  return {
    check: `item order, ${form} form`,
    result: `${figures.sameCompetencyNeighbours} same-competency neighbours · twins ≥ ${min} apart`,
    target: `0 · ≥ ${VALIDITY_TARGETS.minTwinDistance}`,
    ok: figures.sameCompetencyNeighbours === 0 && min >= VALIDITY_TARGETS.minTwinDistance,
  };
}

/** Each competency has as many reverse-worded statements as positive ones, in the full form. */
export function checkKeying(bank: QuestionBank): ValidityRow[] {
  return bank.competencies.map((competency) => {
    const items = bank.questions.filter(
      (q) => q.type === 'likert' && q.competency === competency.id,
    );
    const reverse = items.filter((q) => q.type === 'likert' && q.keyed === 'reverse').length;
    const positive = items.length - reverse;
    return {
      check: `keying, ${competency.id}`,
      result: `${positive} positive · ${reverse} reverse`,
      target: 'equal',
      ok: positive === reverse && positive > 0,
    };
  });
}

/** The table as plain, aligned text: one row per check, ✓ or ✗ against its target. */
export function formatValidityTable(rows: readonly ValidityRow[]): string {
  const headers = ['', 'check', 'result', 'target'];
  const cells = rows.map((row) => [row.ok ? '✓' : '✗', row.check, row.result, row.target]);
  const widths = headers.map((header, column) =>
    Math.max(header.length, ...cells.map((cell) => (cell[column] ?? '').length)),
  );
  const line = (cell: readonly string[]) =>
    cell
      .map((text, column) => text.padEnd(widths[column] ?? 0))
      .join('  ')
      .trimEnd();
  return [line(headers), line(widths.map((w) => '-'.repeat(w))), ...cells.map(line)].join('\n');
}
