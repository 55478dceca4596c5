import type { FitProfile } from '@/lib/scoring';
import {
  consistentAnswers,
  cyclicAnswers,
  oneNoteAnswers,
  randomAnswers,
  statementsInOrder,
} from '@/scripts/validity/answer-sets';
import { seededRandom } from '@/scripts/seeded-random';
import {
  checkConsistentShare,
  checkExtreme,
  checkKeying,
  checkPerson,
  checkRandomShare,
  checkReadsLow,
  formatValidityTable,
  leansAsExpected,
} from '@/scripts/validity/targets';
import { tinyBank } from '@/tests/fixtures/tiny-bank';

/** A profile with just the fields the checks read. */
function profile(
  fit: { cto: number; cpo: number },
  extra: Partial<FitProfile['lean']> = {},
  level = 'high',
): FitProfile {
  const margin = fit.cto - fit.cpo;
  return {
    form: 'full',
    fit,
    lean: {
      role: Math.abs(margin) < 5 ? 'balanced' : margin > 0 ? 'cto' : 'cpo',
      margin,
      strength: 'slight',
      withinMargin: false,
      ...extra,
    },
    confidence: { level, reasons: [] },
  } as unknown as FitProfile;
}

describe('seededRandom', () => {
  it('gives the same numbers for the same seed, each within 0 and 1', () => {
    const a = seededRandom(7);
    const b = seededRandom(7);
    const first = Array.from({ length: 50 }, a);
    expect(first).toEqual(Array.from({ length: 50 }, b));
    expect(first.every((n) => n >= 0 && n < 1)).toBe(true);
    expect(new Set(first).size).toBe(50);
  });
});

describe('answer sets', () => {
  it('answers every statement and scenario of the form at random', () => {
    const answers = randomAnswers(tinyBank, 'full', seededRandom(1));
    expect(Object.keys(answers).sort()).toEqual(tinyBank.questions.map((q) => q.id).sort());
  });

  it('repeats a cyclic pattern over the statements in presentation order', () => {
    const order = statementsInOrder(tinyBank, 'short');
    const answers = cyclicAnswers(tinyBank, 'short', [1, 5]);
    expect(order.map((id) => answers[id])).toEqual(order.map((_, i) => (i % 2 ? 5 : 1)));
  });

  it('answers every statement alike for one note', () => {
    expect(new Set(Object.values(oneNoteAnswers(tinyBank, 'full', 4)))).toEqual(new Set([4]));
  });

  it('answers as a consistent person: a reverse statement mirrors its twin when nothing wobbles', () => {
    const answers = consistentAnswers(tinyBank, 'full', seededRandom(2), {
      spread: 1,
      noise: 0,
      tendency: 0,
    });
    for (const q of tinyBank.questions) {
      if (q.type !== 'likert' || q.twin === undefined) continue;
      expect((answers[q.id] as number) + (answers[q.twin] as number)).toBeGreaterThanOrEqual(5);
      expect((answers[q.id] as number) + (answers[q.twin] as number)).toBeLessThanOrEqual(7);
    }
  });

  it('follows the bank’s order when it has one', () => {
    const order = ['lead-01', 'tech-01', 'customer-01'];
    const bank = { ...tinyBank, order: { full: order, short: order } };
    expect(statementsInOrder(bank, 'full').slice(0, 3)).toEqual(order);
    expect(statementsInOrder(bank, 'full')).toHaveLength(15);
  });
});

describe('validity targets', () => {
  it('passes all-agree fits in the middle band only when they read low', () => {
    expect(checkExtreme('x', profile({ cto: 50, cpo: 55 }, {}, 'low')).ok).toBe(true);
    expect(checkExtreme('x', profile({ cto: 50, cpo: 55 }, {}, 'medium')).ok).toBe(false);
    expect(checkExtreme('x', profile({ cto: 70, cpo: 55 }, {}, 'low')).ok).toBe(false);
  });

  it('holds the random share to its target', () => {
    expect(checkRandomShare('x', 950, 1000, 0.95)).toMatchObject({
      ok: true,
      result: '95.0% of 1000',
    });
    expect(checkRandomShare('x', 949, 1000, 0.95).ok).toBe(false);
    expect(checkRandomShare('x', 0, 0, 0.95).ok).toBe(false);
  });

  it('holds the share of consistent people read low under its limit', () => {
    expect(checkConsistentShare('x', 20, 1000, 0.02).ok).toBe(true);
    expect(checkConsistentShare('x', 21, 1000, 0.02).ok).toBe(false);
  });

  it('wants careless patterns low', () => {
    expect(checkReadsLow('x', 'low').ok).toBe(true);
    expect(checkReadsLow('x', 'medium').ok).toBe(false);
  });

  it('reads a person’s expected lean as the people fixtures’ README defines it', () => {
    expect(leansAsExpected(profile({ cto: 70, cpo: 50 }), 'cto')).toBe(true);
    expect(leansAsExpected(profile({ cto: 70, cpo: 60 }, { withinMargin: true }), 'cto')).toBe(
      false,
    );
    expect(leansAsExpected(profile({ cto: 70, cpo: 60 }, { withinMargin: true }), 'balanced')).toBe(
      true,
    );
    expect(leansAsExpected(profile({ cto: 44, cpo: 30 }), 'neither')).toBe(true);
    expect(leansAsExpected(profile({ cto: 46, cpo: 30 }), 'neither')).toBe(false);
  });

  it('fails a person who reads low even when the lean is right', () => {
    expect(checkPerson('p', 'cto', profile({ cto: 70, cpo: 50 })).ok).toBe(true);
    expect(checkPerson('p', 'cto', profile({ cto: 70, cpo: 50 }, {}, 'low')).ok).toBe(false);
  });

  it('checks the keying balance of each competency', () => {
    // The tiny bank has two positive statements and one reverse in each competency.
    expect(checkKeying(tinyBank).every((row) => !row.ok)).toBe(true);
  });

  it('prints an aligned table with a mark per row', () => {
    const table = formatValidityTable([
      { check: 'a', result: '1', target: 'x', ok: true },
      { check: 'longer check', result: '22', target: 'y', ok: false },
    ]);
    expect(table).toMatchInlineSnapshot(`
      "   check         result  target
      -  ------------  ------  ------
      ✓  a             1       x
      ✗  longer check  22      y"
    `);
  });
});
