import fc from 'fast-check';

import { loadBank } from '@/lib/bank/load-bank';
import { loadSiteWords } from '@/lib/i18n/load-site-words';
import { buildSteps } from '@/lib/quiz/build-steps';
import {
  describeReviewEyebrow,
  questionNumberLabel,
  describeStep,
  summariseMissingAnswers,
} from '@/lib/quiz/describe-step';

const bank = loadBank();
const en = loadSiteWords('en');

describe.each(['short', 'full'] as const)('describeStep on the %s form', (form) => {
  const steps = buildSteps(en.quiz.step.titles, bank, form);
  const total = steps.reduce((n, s) => n + s.questionIds.length, 0);
  const views = steps.map((_, i) => describeStep(en, form, steps, i));

  it('numbers the questions 1 to the total, across steps, in the order they are asked', () => {
    const numbers = views.flatMap((view) => view?.questions.map((q) => q.number) ?? []);
    expect(numbers).toEqual(Array.from({ length: total }, (_, i) => i + 1));
  });

  it('says which questions of how many a step holds', () => {
    const view = views[1];
    const first = (steps[0]?.questionIds.length ?? 0) + 1;
    const last = first + (steps[1]?.questionIds.length ?? 0) - 1;
    expect(view?.progress).toBe(`Questions ${first}–${last} of ${total}`);
  });

  it('fills the bar with the questions on earlier steps', () => {
    expect(views[0]?.percentBefore).toBe(0);
    for (const [i, view] of views.entries()) {
      const before = steps.slice(0, i).reduce((n, s) => n + s.questionIds.length, 0);
      expect(view?.percentBefore).toBeCloseTo((100 * before) / total);
    }
  });

  it('offers Back after the first step, and the review after the last', () => {
    expect(views.map((v) => v?.hasBack)).toEqual(steps.map((_, i) => i > 0));
    expect(views.at(-1)?.nextLabel).toBe('Review your answers');
    expect(views[0]?.nextLabel).toBe('Next');
  });

  it('has no step past the last', () => {
    expect(describeStep(en, form, steps, steps.length)).toBeNull();
  });
});

describe('describeStep', () => {
  it('names the form and the step in the eyebrow, and the keys that answer its kind', () => {
    const steps = buildSteps(en.quiz.step.titles, bank, 'full');
    const view = describeStep(en, 'full', steps, 0);
    expect(view?.eyebrow).toBe(`Full form · Step 1 of ${steps.length}`);
    expect(view?.keys).toBe('Keyboard: keys 1–5 answer, Enter goes on.');
    const scenario = steps.findIndex((s) => s.kind === 'choice');
    expect(describeStep(en, 'full', steps, scenario)?.keys).toBe(
      'Keyboard: keys 1–4 answer, Enter goes on.',
    );
  });

  it('says "Question n" for a step of one question', () => {
    const steps = [{ id: 's', title: 'S', kind: 'likert' as const, questionIds: ['a'] }];
    expect(describeStep(en, 'short', steps, 0)?.progress).toBe('Question 1 of 1');
  });
});

describe('describeReviewEyebrow', () => {
  it('names the form', () => {
    expect(describeReviewEyebrow(en, 'short')).toBe('Short form · Review');
  });
});

describe('summariseMissingAnswers', () => {
  const questions = [
    { id: 'a', number: 5 },
    { id: 'b', number: 6 },
    { id: 'c', number: 7 },
  ];

  it('lists each unanswered question by its number, in step order', () => {
    const summary = summariseMissingAnswers(
      en,
      questions,
      new Map([
        ['c', 'Choose what you would do'],
        ['a', undefined],
      ]),
    );
    expect(summary).toEqual({
      title: '2 questions still need an answer',
      items: [
        { id: 'a', text: 'Question 5: answer it' },
        { id: 'c', text: 'Question 7: Choose what you would do' },
      ],
    });
  });

  it('speaks of one question in the singular', () => {
    expect(summariseMissingAnswers(en, questions, new Map([['b', 'x']])).title).toBe(
      'One question still needs an answer',
    );
  });

  it('lists only questions of the step, whatever else is missing', () => {
    fc.assert(
      fc.property(fc.array(fc.string()), (ids) => {
        const summary = summariseMissingAnswers(en, questions, new Map(ids.map((id) => [id, 'x'])));
        expect(summary.items.every((item) => ['a', 'b', 'c'].includes(item.id))).toBe(true);
      }),
    );
  });
});

describe('describeStep in another language', () => {
  const es = loadSiteWords('es');
  const steps = buildSteps(es.quiz.step.titles, bank, 'full');

  it('describes a step in Spanish with the same numbers as in English', () => {
    const spanish = describeStep(es, 'full', steps, 1);
    const english = describeStep(en, 'full', steps, 1);
    expect(spanish?.questions).toEqual(english?.questions);
    expect(spanish?.percentBefore).toBe(english?.percentBefore);
    expect([spanish?.eyebrow, spanish?.progress, spanish?.keys, spanish?.nextLabel])
      .toMatchInlineSnapshot(`
      [
        "Formato completo · Paso 2 de 22",
        "Preguntas 5–8 de 76",
        "Teclado: las teclas 1–5 responden, Intro avanza.",
        "Siguiente",
      ]
    `);
  });

  it('numbers questions, names the review and lists missing answers in Spanish', () => {
    expect(questionNumberLabel(es, 7)).toMatchInlineSnapshot(`"7."`);
    expect(describeReviewEyebrow(es, 'short')).toMatchInlineSnapshot(`"Formato breve · Revisión"`);
    expect(summariseMissingAnswers(es, [{ id: 'a', number: 5 }], new Map([['a', undefined]])))
      .toMatchInlineSnapshot(`
      {
        "items": [
          {
            "id": "a",
            "text": "Pregunta 5: respóndela",
          },
        ],
        "title": "Todavía falta responder una pregunta",
      }
    `);
  });
});
