import { loadBank } from '@/lib/bank/load-bank';
import {
  buildSteps,
  SCENARIOS_PER_STEP,
  SHORT_FORM_STATEMENTS_PER_STEP,
} from '@/lib/quiz/build-steps';
import { tinyBank } from '@/tests/fixtures/tiny-bank';

const bank = loadBank();

describe.each(['short', 'full'] as const)('buildSteps for the %s form', (form) => {
  const steps = buildSteps(bank, form);
  const inForm = bank.questions.filter((q) => form === 'full' || q.inShortForm).map((q) => q.id);

  it('asks every question of the form exactly once', () => {
    const asked = steps.flatMap((s) => s.questionIds);
    expect([...asked].sort()).toEqual([...inForm].sort());
  });

  it('keeps each step to a few questions of one kind', () => {
    for (const step of steps) {
      const limit =
        step.kind === 'choice' ? SCENARIOS_PER_STEP : Math.max(SHORT_FORM_STATEMENTS_PER_STEP, 4);
      expect(step.questionIds.length).toBeGreaterThan(0);
      expect(step.questionIds.length).toBeLessThanOrEqual(limit);
      for (const id of step.questionIds) {
        const question = bank.questions.find((q) => q.id === id);
        expect(question?.type).toBe(step.kind);
      }
    }
  });

  it('never puts two scenario steps next to each other', () => {
    steps.forEach((step, i) => {
      if (step.kind === 'choice') expect(steps[i + 1]?.kind).not.toBe('choice');
    });
  });

  it('gives every step a unique id and a title', () => {
    expect(new Set(steps.map((s) => s.id)).size).toBe(steps.length);
    for (const step of steps) expect(step.title).not.toBe('');
  });
});

describe('buildSteps', () => {
  it('gives each competency its own step in the full form, titled with its name', () => {
    const titles = buildSteps(bank, 'full')
      .filter((s) => s.kind === 'likert')
      .map((s) => s.title);
    expect(titles).toEqual(bank.competencies.map((c) => c.name));
  });

  it('groups the short form by area', () => {
    expect(buildSteps(tinyBank, 'short').map((s) => s.title)).toEqual([
      'Technology',
      'Product and customers',
      'Leading and deciding',
      'What would you do?',
    ]);
  });
});
