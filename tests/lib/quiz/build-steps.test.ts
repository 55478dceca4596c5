import { loadBank, loadBankVersion } from '@/lib/bank/load-bank';
import type { LikertItem } from '@/lib/bank/schema';
import { loadSiteWords } from '@/lib/i18n/load-site-words';
import {
  buildSteps,
  SCENARIOS_PER_STEP,
  STATEMENTS_PER_STEP,
  type QuizStep,
} from '@/lib/quiz/build-steps';
import { findOrderProblems, measureOrder, MIN_TWIN_DISTANCE } from '@/scripts/order/order-rules';
import { tinyBank } from '@/tests/fixtures/tiny-bank';

const bank = loadBank();
const titles = loadSiteWords('en').quiz.step.titles;
const likert = bank.questions.filter((q): q is LikertItem => q.type === 'likert');
const byId = new Map(likert.map((q) => [q.id, q]));

describe.each(['short', 'full'] as const)('buildSteps for the %s form', (form) => {
  const steps = buildSteps(titles, bank, form);
  const inForm = bank.questions.filter((q) => form === 'full' || q.inShortForm).map((q) => q.id);
  const statements = steps.filter((s) => s.kind === 'likert').flatMap((s) => s.questionIds);

  it('asks every question of the form exactly once', () => {
    const asked = steps.flatMap((s) => s.questionIds);
    expect([...asked].sort()).toEqual([...inForm].sort());
  });

  it('follows the bank’s presentation order for the form', () => {
    expect(statements).toEqual(bank.order?.[form]);
  });

  it('shows four statements or two scenarios a step, never mixing the kinds', () => {
    for (const step of steps) {
      const size = step.kind === 'choice' ? SCENARIOS_PER_STEP : STATEMENTS_PER_STEP;
      expect(step.questionIds.length, step.id).toBe(size);
      for (const id of step.questionIds) {
        const question = bank.questions.find((q) => q.id === id);
        expect(question?.type).toBe(step.kind);
      }
    }
  });

  it('never asks two statements of one competency in a row, even across steps', () => {
    statements.forEach((id, i) => {
      const next = statements[i + 1];
      if (next !== undefined)
        expect(byId.get(next)?.competency, `${id} then ${next}`).not.toBe(byId.get(id)?.competency);
    });
  });

  it(`keeps every reverse statement at least ${MIN_TWIN_DISTANCE} statements from its twin`, () => {
    for (const [i, id] of statements.entries()) {
      const twin = byId.get(id)?.twin;
      if (twin === undefined) continue;
      expect(Math.abs(statements.indexOf(twin) - i), id).toBeGreaterThanOrEqual(MIN_TWIN_DISTANCE);
    }
  });

  it('keeps every rule of the documented order (keying mixed, twin distances spread)', () => {
    expect(findOrderProblems(measureOrder(statements, likert))).toEqual([]);
  });

  it('names no competency, area or tension in any title', () => {
    const names = [
      ...bank.competencies.map((c) => c.name),
      ...bank.tensions.map((t) => t.name),
      'Technology',
      'Product and customers',
      'Leading and deciding',
    ].map((n) => n.toLowerCase());
    for (const step of steps) {
      for (const name of names) expect(step.title.toLowerCase(), step.id).not.toContain(name);
    }
  });

  it('spreads scenario steps evenly, never two together and never first', () => {
    const kinds = steps.map((s) => s.kind);
    expect(kinds[0]).toBe('likert');
    kinds.forEach((kind, i) => {
      if (kind === 'choice') expect(kinds[i + 1]).not.toBe('choice');
    });
    const gaps = kinds
      .join(' ')
      .split('choice')
      .slice(0, -1)
      .map((stretch) => stretch.split(' ').filter((k) => k === 'likert').length);
    expect(Math.max(...gaps) - Math.min(...gaps)).toBeLessThanOrEqual(1);
  });

  it('gives every step a unique, neutral id', () => {
    expect(new Set(steps.map((s) => s.id)).size).toBe(steps.length);
    for (const step of steps) expect(step.id).toMatch(/^(statements|scenarios)-\d+$/);
  });
});

describe('buildSteps', () => {
  it('counts statements and scenario steps in the titles of the short form', () => {
    expect(buildSteps(titles, bank, 'short').map((s) => s.title)).toMatchInlineSnapshot(`
      [
        "Statements 1–4 of 32",
        "Statements 5–8 of 32",
        "Statements 9–12 of 32",
        "What would you do? (1 of 3)",
        "Statements 13–16 of 32",
        "Statements 17–20 of 32",
        "Statements 21–24 of 32",
        "What would you do? (2 of 3)",
        "Statements 25–28 of 32",
        "Statements 29–32 of 32",
        "What would you do? (3 of 3)",
      ]
    `);
  });

  it('counts up to the form’s statement count in the full form', () => {
    const fullTitles = buildSteps(titles, bank, 'full').map((s) => s.title);
    expect(fullTitles[0]).toBe('Statements 1–4 of 64');
    expect(fullTitles.filter((t) => t.startsWith('Statements')).at(-1)).toBe(
      'Statements 61–64 of 64',
    );
    expect(fullTitles.at(-1)).toBe('What would you do? (6 of 6)');
  });

  it('mixes tensions within a scenario step of the full form', () => {
    const tensionOf = new Map(
      bank.questions.flatMap((q) => (q.type === 'choice' ? [[q.id, q.tension] as const] : [])),
    );
    for (const step of buildSteps(titles, bank, 'full').filter((s) => s.kind === 'choice')) {
      const tensions = step.questionIds.map((id) => tensionOf.get(id));
      expect(new Set(tensions).size, step.id).toBe(tensions.length);
    }
  });

  it('falls back to bank order, still under neutral titles, when the bank has no order', () => {
    const steps = buildSteps(titles, tinyBank, 'full');
    expect(steps.filter((s) => s.kind === 'likert').flatMap((s) => s.questionIds)).toEqual(
      tinyBank.questions.filter((q) => q.type === 'likert').map((q) => q.id),
    );
    expect(steps.map((s) => s.title)).toMatchInlineSnapshot(`
      [
        "Statements 1–4 of 15",
        "Statements 5–8 of 15",
        "Statements 9–12 of 15",
        "Statements 13–15 of 15",
        "What would you do?",
      ]
    `);
  });

  it('titles the released first version’s steps neutrally too', () => {
    const first = loadBankVersion(1);
    if (!first) throw new Error('version 1 is released');
    const competencyNames = first.competencies.map((c) => c.name);
    for (const step of buildSteps(titles, first, 'full'))
      expect(competencyNames).not.toContain(step.title);
  });
});

describe('buildSteps in another language', () => {
  it('titles the same steps in Spanish, counting with the same numbers', () => {
    const spanish = buildSteps(loadSiteWords('es').quiz.step.titles, bank, 'short');
    const english = buildSteps(titles, bank, 'short');
    const untitled = (steps: readonly QuizStep[]) =>
      steps.map((s) => [s.id, s.kind, s.questionIds]);
    expect(untitled(spanish)).toEqual(untitled(english));
    expect(spanish.map((s) => s.title)).toMatchInlineSnapshot(`
      [
        "Afirmaciones 1–4 de 32",
        "Afirmaciones 5–8 de 32",
        "Afirmaciones 9–12 de 32",
        "¿Qué harías? (1 de 3)",
        "Afirmaciones 13–16 de 32",
        "Afirmaciones 17–20 de 32",
        "Afirmaciones 21–24 de 32",
        "¿Qué harías? (2 de 3)",
        "Afirmaciones 25–28 de 32",
        "Afirmaciones 29–32 de 32",
        "¿Qué harías? (3 de 3)",
      ]
    `);
  });
});
