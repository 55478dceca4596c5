import { scoreAnswers } from '@/lib/scoring';
import { endorseOnly, endorseSide, sameLikertEverywhere } from '@/tests/fixtures/answer-builders';
import { tinyBank } from '@/tests/fixtures/tiny-bank';
import { fixedAnswers } from '@/tests/lib/export/fixed-answers';
import { SCORING_COPY } from '@/lib/scoring/scoring-copy';

const bank = tinyBank;

describe('scoreAnswers', () => {
  it('names the bank id and version it scored against', () => {
    const profile = scoreAnswers(bank, { 'tech-01': 4 }, SCORING_COPY);
    expect(profile.bank).toEqual({ id: 'tiny', version: 3 });
  });

  it('leans CTO when only technical items are endorsed', () => {
    const profile = scoreAnswers(bank, endorseSide(bank, 'cto'), SCORING_COPY);
    expect(profile.fit.cto).toBeGreaterThan(profile.fit.cpo);
    expect(profile.lean.role).toBe('cto');
    expect(profile.lean.strength).toBe('clear');
    expect(profile.verdict.kind).toBe('clear-cto');
    expect(profile.archetype?.id).toBe('technologist');
  });

  it('leans CPO when only customer and market items are endorsed', () => {
    const profile = scoreAnswers(bank, endorseSide(bank, 'cpo'), SCORING_COPY);
    expect(profile.fit.cpo).toBeGreaterThan(profile.fit.cto);
    expect(profile.lean.role).toBe('cpo');
    expect(profile.verdict.kind).toBe('clear-cpo');
    expect(profile.archetype?.id).toBe('product-lead');
  });

  it('lets a person fit both roles at once', () => {
    const profile = scoreAnswers(
      bank,
      endorseOnly(bank, ['tech', 'infra', 'customer', 'market', 'lead']),
      SCORING_COPY,
    );
    expect(profile.fit).toEqual({ cto: 100, cpo: 100 });
    expect(profile.verdict.kind).toBe('fits-both');
  });

  it('lets a person fit neither role', () => {
    const profile = scoreAnswers(bank, endorseOnly(bank, []), SCORING_COPY);
    expect(profile.fit).toEqual({ cto: 0, cpo: 0 });
    expect(profile.verdict.kind).toBe('fits-neither');
  });

  it('gives low confidence and no verdict when every answer is the same', () => {
    const profile = scoreAnswers(bank, sameLikertEverywhere(bank, 5), SCORING_COPY);
    expect(profile.confidence.level).toBe('low');
    expect(profile.confidence.reasons.map((r) => r.code)).toContain('straight-lining');
    expect(profile.verdict.kind).toBe('unclear');
  });

  it('does not reward agreeing with everything with a full score', () => {
    const profile = scoreAnswers(bank, sameLikertEverywhere(bank, 5), SCORING_COPY);
    for (const competency of profile.competencies) expect(competency.score).toBeLessThan(100);
  });

  it('reports answers that contradict their reverse-keyed twins', () => {
    const answers = { ...endorseOnly(bank, ['tech', 'customer']) };
    for (const c of ['tech', 'infra', 'customer', 'market', 'lead']) {
      answers[`${c}-01` as keyof typeof answers] = 5;
      answers[`${c}-03` as keyof typeof answers] = 5;
    }
    const profile = scoreAnswers(bank, answers, SCORING_COPY);
    const reason = profile.confidence.reasons.find((r) => r.code === 'contradictions');
    expect(reason?.message).toBe(
      '5 of 5 pairs of opposite statements got the same kind of answer.',
    );
    expect(profile.confidence.level).toBe('low');
  });

  it('leaves unanswered competencies unscored instead of counting them as neutral', () => {
    const profile = scoreAnswers(bank, { 'tech-01': 5, 'tech-02': 4 }, SCORING_COPY);
    const customer = profile.competencies.find((c) => c.id === 'customer');
    expect(customer).toEqual({ id: 'customer', score: null, answered: 0, total: 3, range: null });
    // Only `tech` is answered, so the CTO fit rests on it alone: a neutral 50 elsewhere would drag it
    // down. It does not matter to the CPO role at all, so there is no evidence for a CPO fit.
    expect(profile.fit).toEqual({ cto: 88, cpo: 0 });
  });

  it('scores a competency as the mean of its answered items, reverse-keyed items flipped', () => {
    const profile = scoreAnswers(bank, { 'tech-01': 5, 'tech-02': 3, 'tech-03': 2 }, SCORING_COPY);
    // 5 → 100, 3 → 50, reverse 2 → 75; mean 75.
    expect(profile.competencies.find((c) => c.id === 'tech')).toEqual({
      id: 'tech',
      score: 75,
      answered: 3,
      total: 3,
      // Spread 25 (own residuals 25, 25, 0 pooled with the prior), SE 25/√3, ± 1.645 SE.
      range: { low: 51, high: 99 },
    });
  });

  it('lowers confidence for a partial answer set and says how much is missing', () => {
    const profile = scoreAnswers(
      bank,
      { 'tech-01': 4, 'customer-01': 2, 'lead-02': 5 },
      SCORING_COPY,
    );
    const incomplete = profile.confidence.reasons.find((r) => r.code === 'incomplete');
    expect(incomplete?.message).toBe('You answered 3 of 17 questions.');
    expect(incomplete?.level).toBe('low');
    expect(profile.confidence.reasons.map((r) => r.code)).toContain('competency-unanswered');
  });

  it('has high confidence for a complete, varied and consistent answer set', () => {
    // The fixed set, varied a little, with its unanswered competency and tension answered too.
    const answers = {
      ...fixedAnswers,
      'tech-03': 1,
      'lead-03': 2,
      'speed-1': 'joint',
      'market-01': 3,
      'market-02': 2,
      'market-03': 3,
      'risk-1': 'tech',
    };
    const profile = scoreAnswers(bank, answers, SCORING_COPY);
    expect(profile.confidence).toEqual({ level: 'high', reasons: [] });
    expect(profile.answered).toBe(17);
    expect(profile.total).toBe(17);
  });

  it('scores the short form against its own questions and caps confidence at medium', () => {
    const profile = scoreAnswers(
      bank,
      {
        'tech-01': 5,
        'tech-03': 1,
        'infra-01': 4,
        'customer-01': 2,
        'market-01': 3,
        'lead-01': 4,
        'speed-1': 'joint',
      },
      SCORING_COPY,
      { form: 'short' },
    );
    expect(profile.form).toBe('short');
    expect(profile.total).toBe(7);
    expect(profile.answered).toBe(7);
    expect(profile.confidence.level).toBe('medium');
    expect(profile.confidence.reasons.map((r) => r.code)).toEqual(['short-form']);
  });

  it('ignores answers to questions outside the chosen form', () => {
    const short = { 'tech-01': 5, 'infra-01': 4 };
    expect(scoreAnswers(bank, { ...short, 'tech-02': 1 }, SCORING_COPY, { form: 'short' })).toEqual(
      scoreAnswers(bank, short, SCORING_COPY, { form: 'short' }),
    );
  });

  it('places the person on each tension from the options chosen', () => {
    const profile = scoreAnswers(bank, { 'speed-1': 'tech', 'risk-1': 'joint' }, SCORING_COPY);
    expect(profile.tensions).toEqual([
      { id: 'speed', position: -100, label: 'technology-first', answered: 1, total: 1 },
      { id: 'risk', position: 0, label: 'balanced', answered: 1, total: 1 },
    ]);
  });

  it('leaves a tension unplaced when its scenarios are unanswered', () => {
    const profile = scoreAnswers(bank, { 'tech-01': 3 }, SCORING_COPY);
    expect(profile.tensions[0]).toEqual({
      id: 'speed',
      position: null,
      label: null,
      answered: 0,
      total: 1,
    });
  });

  it('reports no archetype and an unclear verdict when nothing is answered', () => {
    const profile = scoreAnswers(bank, {}, SCORING_COPY);
    expect(profile.archetype).toBeNull();
    expect(profile.archetypeRanking).toEqual([]);
    expect(profile.verdict.kind).toBe('unclear');
    expect(profile.confidence.reasons.map((r) => r.code)).toEqual(['no-answers']);
  });

  it('lists strengths and growth areas against the role the person leans to, with next steps', () => {
    const answers = {
      'tech-01': 5,
      'tech-02': 5,
      'tech-03': 1,
      'infra-01': 2,
      'infra-02': 2,
      'infra-03': 4,
      'customer-01': 2,
      'customer-02': 2,
      'customer-03': 4,
      'market-01': 2,
      'market-02': 1,
      'market-03': 4,
      'lead-01': 4,
      'lead-02': 3,
      'lead-03': 2,
    };
    const profile = scoreAnswers(bank, answers, SCORING_COPY);
    expect(profile.target).toBe('cto');
    expect(profile.strengths.map((s) => s.competencyId)).toEqual(['tech']);
    expect(profile.growthAreas.map((g) => g.competencyId)).toEqual(['infra']);
    expect(profile.growthAreas[0]).toMatchObject({ score: 25, importance: 3, expected: 70 });
    expect(profile.growthAreas[0]?.nextSteps).toEqual([
      'First step for infra.',
      'Second step for infra.',
    ]);
  });

  it('ranks every archetype, nearest first, with its similarity', () => {
    const profile = scoreAnswers(bank, endorseOnly(bank, ['tech', 'infra']), SCORING_COPY);
    expect(profile.archetypeRanking.map((a) => a.id)).toEqual([
      'technologist',
      'generalist',
      'product-lead',
    ]);
    expect(profile.archetype).toEqual(profile.archetypeRanking[0]);
    expect(profile.archetype?.similarity).toBeGreaterThan(50);
  });

  it('treats values that are not answers as unanswered', () => {
    const profile = scoreAnswers(
      bank,
      {
        'tech-01': 9,
        'tech-02': 2.5,
        'speed-1': 'nope',
      } as never,
      SCORING_COPY,
    );
    expect(profile.answered).toBe(0);
  });
});
