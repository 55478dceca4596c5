import { assessConfidence, contradicts, mostCommonShare } from '@/lib/scoring/assess-confidence';
import type { ConfidenceEvidence } from '@/lib/scoring/assess-confidence';
import { SCORING_COPY } from '@/lib/scoring/scoring-copy';

const varied = [1, 2, 3, 4, 5, 4, 3, 2, 4, 5];
const evidence = (overrides: Partial<ConfidenceEvidence>): ConfidenceEvidence => ({
  form: 'full',
  answered: 10,
  total: 10,
  unansweredCompetencies: [],
  likertValues: varied,
  twinPairsAnswered: 4,
  contradictions: 0,
  ...overrides,
});

describe('assessConfidence', () => {
  it('is high with no reasons for a complete, varied, consistent set', () => {
    expect(assessConfidence(SCORING_COPY, evidence({}))).toEqual({
      level: 'high',
      reasons: [],
    });
  });

  it('is medium when up to 40% of the questions are unanswered', () => {
    const result = assessConfidence(SCORING_COPY, evidence({ answered: 8 }));
    expect(result.level).toBe('medium');
    expect(result.reasons[0]?.message).toBe('You answered 8 of 10 questions.');
  });

  it('is low when more than 40% of the questions are unanswered', () => {
    expect(assessConfidence(SCORING_COPY, evidence({ answered: 5 })).level).toBe('low');
  });

  it('is low when nine in ten statements got the same answer', () => {
    const result = assessConfidence(
      SCORING_COPY,
      evidence({ likertValues: [4, 4, 4, 4, 4, 4, 4, 4, 4, 2] }),
    );
    expect(result.level).toBe('low');
    expect(result.reasons[0]).toMatchObject({
      code: 'straight-lining',
      message: 'You gave the same answer to 90% of the statements.',
    });
  });

  it('is medium when three in four statements got the same answer', () => {
    const values = [3, 3, 3, 3, 3, 3, 1, 2];
    expect(assessConfidence(SCORING_COPY, evidence({ likertValues: values })).level).toBe('medium');
  });

  it('does not call a handful of answers straight-lining', () => {
    expect(assessConfidence(SCORING_COPY, evidence({ likertValues: [5, 5, 5] })).level).toBe(
      'high',
    );
  });

  it('is low when half the twin pairs contradict each other', () => {
    const result = assessConfidence(
      SCORING_COPY,
      evidence({ contradictions: 2, twinPairsAnswered: 4 }),
    );
    expect(result.level).toBe('low');
    expect(result.reasons[0]?.code).toBe('contradictions');
  });

  it('ignores a single contradiction', () => {
    expect(
      assessConfidence(SCORING_COPY, evidence({ contradictions: 1, twinPairsAnswered: 2 })).level,
    ).toBe('high');
  });

  it('names the competencies that have no answers', () => {
    const result = assessConfidence(
      SCORING_COPY,
      evidence({
        unansweredCompetencies: [
          { name: 'Pricing and packaging' } as never,
          { name: 'Security' } as never,
        ],
      }),
    );
    expect(result.reasons[0]?.message).toBe(
      '2 competencies have no answers: Pricing and packaging, Security.',
    );
  });

  it('gives every reason a message and advice', () => {
    const result = assessConfidence(
      SCORING_COPY,
      evidence({
        form: 'short',
        answered: 3,
        likertValues: [5, 5, 5, 5, 5, 5],
        contradictions: 4,
        unansweredCompetencies: [{ name: 'Security' } as never],
      }),
    );
    expect(result.reasons.map((r) => r.code)).toEqual([
      'incomplete',
      'competency-unanswered',
      'straight-lining',
      'contradictions',
      'short-form',
    ]);
    for (const reason of result.reasons) {
      expect(reason.message).not.toBe('');
      expect(reason.advice).not.toBe('');
    }
  });
});

describe('contradicts', () => {
  it('is true when a statement and its reverse are both agreed with', () => {
    expect(contradicts(4, 5)).toBe(true);
  });
  it('is true when both are disagreed with', () => {
    expect(contradicts(1, 2)).toBe(true);
  });
  it('is false for consistent or neutral answers', () => {
    expect(contradicts(5, 1)).toBe(false);
    expect(contradicts(3, 3)).toBe(false);
  });
});

describe('mostCommonShare', () => {
  it('is the share of the most common value', () => {
    expect(mostCommonShare([1, 2, 2, 2])).toBe(0.75);
  });
  it('is 0 for no values', () => {
    expect(mostCommonShare([])).toBe(0);
  });
});
