import { loadBank } from '@/lib/bank/load-bank';
import { parseBank } from '@/lib/bank/parse-bank';
import type { QuestionBank } from '@/lib/bank/schema';
import { scoreAnswers } from '@/lib/scoring';
import { tinyBank, tinyBankContent } from '@/tests/fixtures/tiny-bank';
import { SCORING_COPY } from '@/lib/scoring/scoring-copy';

/** The tiny bank under scoring rules 2. */
const tinyRules2: QuestionBank = parseBank({ ...tinyBankContent, scoring: 2 });
const bank = loadBank();

const statements = (form: 'full' | 'short') =>
  bank.order?.[form] ??
  bank.questions
    .filter((q) => q.type === 'likert' && (form === 'full' || q.inShortForm))
    .map((q) => q.id);

/** A consistent person: agrees with the technology statements, disagrees with the product ones. */
function consistentTechnologist(): Record<string, number> {
  const side = new Map(bank.competencies.map((c) => [c.id, c.side]));
  const answers: Record<string, number> = {};
  for (const q of bank.questions) {
    if (q.type !== 'likert') continue;
    const agree = side.get(q.competency) === 'cto' ? 5 : side.get(q.competency) === 'cpo' ? 2 : 4;
    answers[q.id] = q.keyed === 'reverse' ? 6 - agree : agree;
  }
  return answers;
}

describe('scoring rules 2', () => {
  it('is the current bank’s rules', () => {
    expect(bank.scoring).toBe(2);
  });

  it('calls a lean whose fit ranges overlap too close to call', () => {
    // Two tech items agreed, nothing else: the fits differ, but on too few answers to be sure.
    const answers = { 'tech-01': 4, 'tech-02': 3, 'customer-01': 3, 'customer-02': 2 };
    const profile = scoreAnswers(tinyRules2, answers, SCORING_COPY);
    expect(profile.lean.role).toBe('cto');
    expect(profile.lean.withinMargin).toBe(true);
    expect(profile.verdict.kind).toBe('within-margin');
    expect(profile.verdict.headline).toBe('Too close to call between the two roles');
    expect(profile.verdict.summary).toMatchInlineSnapshot(
      `"Your CTO fit is 63 (probably between 36 and 89) and your CPO fit is 38 (probably between 11 and 64) out of 100. The two ranges overlap, so the lean towards the CTO role is within the margin of error: your answers do not separate the two roles firmly. Your strengths and growth areas say more than the lean."`,
    );
  });

  it('keeps naming the side under rules 1, where the same lean is within the margin too', () => {
    const answers = { 'tech-01': 4, 'tech-02': 3, 'customer-01': 3, 'customer-02': 2 };
    const profile = scoreAnswers(tinyBank, answers, SCORING_COPY);
    expect(profile.lean.withinMargin).toBe(true);
    expect(profile.verdict.kind).toBe('clear-cto');
  });

  it('names the side when the fit ranges are apart', () => {
    const profile = scoreAnswers(bank, consistentTechnologist(), SCORING_COPY);
    expect(profile.lean.withinMargin).toBe(false);
    expect(profile.verdict.kind).toBe('clear-cto');
    expect(profile.confidence.level).not.toBe('low');
  });

  it('gives every answered competency and both fits a range around the score', () => {
    const profile = scoreAnswers(bank, consistentTechnologist(), SCORING_COPY);
    for (const c of profile.competencies) {
      expect(c.range?.low).toBeLessThanOrEqual(c.score ?? -1);
      expect(c.range?.high).toBeGreaterThanOrEqual(c.score ?? 101);
    }
    for (const role of ['cto', 'cpo'] as const) {
      expect(profile.fitRange[role].low).toBeLessThanOrEqual(profile.fit[role]);
      expect(profile.fitRange[role].high).toBeGreaterThanOrEqual(profile.fit[role]);
    }
  });

  it('reads twins that move against each other in the middle of the scale as inconsistent', () => {
    // Each reverse statement gets the answer its twin got, shifted across 2–4: no extreme answers,
    // no long runs, yet every pair says the opposite of what its twin says.
    const twins = bank.questions.flatMap((q) =>
      q.type === 'likert' && q.twin ? [[q.twin, q.id] as const] : [],
    );
    const answers: Record<string, number> = {};
    twins.forEach(([positive, reverse], i) => {
      const value = 2 + (i % 3);
      answers[positive] = value;
      answers[reverse] = value;
    });
    const profile = scoreAnswers(bank, answers, SCORING_COPY);
    expect(profile.confidence.reasons.map((r) => r.code)).toContain('inconsistent');
    expect(profile.confidence.level).toBe('low');
  });

  it('reads answers alternating 1 and 5 as inconsistent, with low confidence', () => {
    for (const form of ['full', 'short'] as const) {
      const answers = Object.fromEntries(statements(form).map((id, i) => [id, i % 2 ? 5 : 1]));
      const profile = scoreAnswers(bank, answers, SCORING_COPY, { form });
      expect(profile.confidence.level).toBe('low');
    }
  });

  it('explains each careless-answer reason in plain words, with advice', () => {
    const answers = Object.fromEntries(statements('full').map((id, i) => [id, i % 2 ? 5 : 1]));
    const timing = [{ statements: 4, seconds: 2 }];
    const { reasons } = scoreAnswers(bank, answers, SCORING_COPY, { timing }).confidence;
    // One reason a line, as a person reads them one under the other.
    const lines = reasons.map((r) => `${r.code} (${r.level}): ${r.message} ${r.advice}`);
    expect(lines.join('\n')).toMatchInlineSnapshot(`
      "incomplete (medium): You answered 64 of 76 questions. Go back and answer the rest; every missing answer leaves part of the profile unmeasured.
      contradictions (low): Across 32 pairs of opposite statements, your answers were on average 2.0 steps away from mirroring each other, even allowing for a general tendency to agree or disagree. Some statements are worded the other way round on purpose. Read each one closely: agreeing with a statement and with its opposite cancels both out.
      inconsistent (low): Statements about the same skill, and pairs of opposite statements, got answers that do not agree with each other, so no pattern shows through. Take the quiz again and answer each statement from what you actually do at work, taking your time over each one.
      too-fast (low): You spent less than a second on each statement, too little to read it. Take the quiz again at your own pace: there is no time limit."
    `);
  });

  it('reads a long run of one answer as low confidence and says how long', () => {
    const answers = consistentTechnologist();
    for (const id of statements('full').slice(0, 16)) answers[id] = 3;
    const reason = scoreAnswers(bank, answers, SCORING_COPY).confidence.reasons.find(
      (r) => r.code === 'long-run',
    );
    expect(reason).toMatchObject({
      level: 'low',
      message: 'You gave the same answer to 16 statements in a row.',
    });
  });

  it('reads answers given faster than two seconds a statement as low confidence', () => {
    const timing = Array.from({ length: 16 }, () => ({ statements: 4, seconds: 4 }));
    const profile = scoreAnswers(bank, consistentTechnologist(), SCORING_COPY, { timing });
    const reason = profile.confidence.reasons.find((r) => r.code === 'too-fast');
    expect(reason).toMatchObject({
      level: 'low',
      message: 'You spent about 1 second on each statement, too little to read it.',
    });
  });

  it('skips the time index without timing and when the pace is unhurried', () => {
    const timing = Array.from({ length: 16 }, () => ({ statements: 4, seconds: 20 }));
    for (const options of [{}, { timing }]) {
      const codes = scoreAnswers(
        bank,
        consistentTechnologist(),
        SCORING_COPY,
        options,
      ).confidence.reasons.map((r) => r.code);
      expect(codes).not.toContain('too-fast');
    }
  });

  it('reads twins answered far from mirroring each other as contradictions', () => {
    const answers = consistentTechnologist();
    // Every other reverse statement gets its twin's answer instead of the mirror of it.
    bank.questions
      .filter((q) => q.type === 'likert' && q.keyed === 'reverse')
      .forEach((q, i) => {
        const twin = q.type === 'likert' && q.twin !== undefined ? answers[q.twin] : undefined;
        if (i % 2 === 0 && twin !== undefined) answers[q.id] = twin;
      });
    const profile = scoreAnswers(bank, answers, SCORING_COPY);
    expect(profile.confidence.reasons.find((r) => r.code === 'contradictions')?.level).toBe('low');
  });

  it('does not read a general tendency to agree as careless', () => {
    const answers = consistentTechnologist();
    for (const [id, value] of Object.entries(answers)) answers[id] = Math.min(5, value + 1);
    expect(scoreAnswers(bank, answers, SCORING_COPY).confidence.level).not.toBe('low');
  });
});
