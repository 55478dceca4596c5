import { loadBank } from '@/lib/bank/load-bank';
import { scoreAnswers } from '@/lib/scoring';
import {
  chooseScenarioOptions,
  endorseSide,
  sameLikertEverywhere,
} from '@/tests/fixtures/answer-builders';
import { SCORING_COPY } from '@/lib/scoring/scoring-copy';

const bank = loadBank();
const leanOf = (id: string | undefined) => bank.archetypes.find((a) => a.id === id)?.lean;

describe('people at the extremes, scored against the real bank', () => {
  it.each([
    ['CTO', 'technical', 'cto', 'technology-first'],
    ['CPO', 'customer and market', 'cpo', 'product-first'],
  ] as const)('leans %s when only %s items are endorsed', (_, __, side, label) => {
    const profile = scoreAnswers(bank, endorseSide(bank, side), SCORING_COPY);
    expect(profile.lean).toMatchObject({ role: side, strength: 'clear' });
    expect(leanOf(profile.archetype?.id)).toBe(side);
    expect(profile.tensions.every((t) => t.label === label)).toBe(true);
  });

  it.each([1, 3, 5])('has low confidence when every statement gets %i', (value) => {
    const profile = scoreAnswers(
      bank,
      {
        ...sameLikertEverywhere(bank, value),
        ...chooseScenarioOptions(bank, 'technology'),
      },
      SCORING_COPY,
    );
    expect(profile.confidence.level).toBe('low');
    expect(profile.verdict.kind).toBe('unclear');
  });

  it('does not make agreeing with everything look like a strong fit', () => {
    const profile = scoreAnswers(bank, sameLikertEverywhere(bank, 5), SCORING_COPY);
    expect(profile.confidence.reasons.map((r) => r.code)).toEqual(
      expect.arrayContaining(['straight-lining', 'contradictions']),
    );
    for (const c of profile.competencies) expect(c.score).toBeLessThan(100);
  });

  describe.each(['full', 'short'] as const)('in the %s form, scenarios left unanswered', (form) => {
    const statements = bank.questions.filter(
      (q) => q.type === 'likert' && (form === 'full' || q.inShortForm),
    );

    it.each([
      ['agreeing', 5],
      ['disagreeing', 1],
    ])(
      'lands in the middle for every competency and both fits when %s with everything',
      (_, value) => {
        const answers = Object.fromEntries(statements.map((q) => [q.id, value]));
        const profile = scoreAnswers(bank, answers, SCORING_COPY, { form });
        for (const c of profile.competencies) {
          expect(c.score, c.id).toBeGreaterThanOrEqual(40);
          expect(c.score, c.id).toBeLessThanOrEqual(60);
        }
        for (const role of ['cto', 'cpo'] as const) {
          expect(profile.fit[role], role).toBeGreaterThanOrEqual(40);
          expect(profile.fit[role], role).toBeLessThanOrEqual(60);
        }
      },
    );
  });
});
