import { createHash } from 'node:crypto';

import type { Answers, AnswerValue } from '@/lib/answers/schema';
import { loadBankVersion } from '@/lib/bank/load-bank';
import type { QuestionBank } from '@/lib/bank/schema';
import { scoreAnswers } from '@/lib/scoring';
import released from '@/tests/fixtures/v1/released-scores.json' with { type: 'json' };
import { tinyBank } from '@/tests/fixtures/tiny-bank';
import { SCORING_COPY } from '@/lib/scoring/scoring-copy';

/**
 * What the engine released with bank version 1 (commit dee24e8) returned for 140 seeded answer
 * sets, partial, complete and one-note, recorded by that engine itself
 * (tests/fixtures/v1/record-released-scores.ts.txt): a few figures to read, and a hash of the
 * whole profile.
 */
interface ReleasedCase {
  readonly bank: string;
  readonly form: 'full' | 'short';
  readonly answers: readonly (AnswerValue | null)[];
  readonly figures: unknown;
  readonly sha256: string;
}

const banks: Readonly<Record<string, QuestionBank>> = {
  'bank-v1': loadBankVersion(1) as QuestionBank,
  tiny: tinyBank,
};

/** JSON with every object's keys sorted, so that equal values always give equal text. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/** Every field the released engine returned, with the fields added since left out. */
function asReleased(profile: ReturnType<typeof scoreAnswers>) {
  const released: Record<string, unknown> = { ...profile };
  delete released.fitRange;
  const lean: Record<string, unknown> = { ...profile.lean };
  delete lean.withinMargin;
  const competencies = profile.competencies.map((c) => {
    const copy: Record<string, unknown> = { ...c };
    delete copy.range;
    return copy;
  });
  return { ...released, lean, competencies };
}

function figuresOf(profile: ReturnType<typeof scoreAnswers>) {
  return {
    fit: profile.fit,
    verdict: profile.verdict.kind,
    confidence: profile.confidence.level,
    reasons: profile.confidence.reasons.map((r) => r.code),
    archetype: profile.archetype?.id ?? null,
    competencies: profile.competencies.map((c) => c.score),
  };
}

const cases = (released as ReleasedCase[]).map((c, i) => {
  const bank = banks[c.bank] as QuestionBank;
  const answers: Record<string, AnswerValue> = {};
  bank.questions.forEach((q, j) => {
    const value = c.answers[j];
    if (value !== null && value !== undefined) answers[q.id] = value;
  });
  return { ...c, name: `${c.bank} #${i + 1} (${c.form})`, bank, answers: answers as Answers };
});

describe('scoring rules 1', () => {
  it('are the rules of bank version 1 and of the tiny bank', () => {
    expect(banks['bank-v1']?.scoring).toBe(1);
    expect(tinyBank.scoring).toBe(1);
    expect(cases).toHaveLength(140);
  });

  it.each(cases)(
    'score $name exactly as the engine released with bank version 1 did',
    ({ bank, answers, form, figures, sha256 }) => {
      const profile = scoreAnswers(bank, answers, SCORING_COPY, { form });
      expect(figuresOf(profile)).toEqual(figures);
      expect(sha256Of(profile)).toBe(sha256);
    },
  );

  it('ignore step timing, which the released engine never read', () => {
    for (const { bank, answers, form, sha256 } of cases) {
      const timing = [{ statements: 4, seconds: 1 }];
      expect(sha256Of(scoreAnswers(bank, answers, SCORING_COPY, { form, timing }))).toBe(sha256);
    }
  });
});

function sha256Of(profile: ReturnType<typeof scoreAnswers>): string {
  return createHash('sha256')
    .update(canonical(asReleased(profile)))
    .digest('hex');
}
