import type { QuizStep } from '@/lib/quiz/build-steps';
import {
  describeCarryOver,
  describeFormChoices,
  describeGuideTip,
  describeSavedProgress,
} from '@/lib/quiz/describe-start';
import { loadSiteWords } from '@/lib/i18n/load-site-words';
import { buildQuizContent } from '@/lib/quiz/quiz-content';
import { tinyBank } from '@/tests/fixtures/tiny-bank';

const en = loadSiteWords('en');

const steps: QuizStep[] = [
  { id: 's1', title: 'S1', kind: 'likert', questionIds: ['a', 'b'] },
  { id: 's2', title: 'S2', kind: 'likert', questionIds: ['c'] },
];

describe('describeSavedProgress', () => {
  it('counts the answers of unfinished progress against the form', () => {
    const view = describeSavedProgress(
      en,
      { form: 'short', answers: { a: 1, b: 2 }, step: 1, finished: false },
      24,
    );
    expect(view).toMatchInlineSnapshot(`
      {
        "confirmStartOver": "Start over? This clears the 2 answers saved in this browser. Your last finished result stays on the results page.",
        "text": "You have answered 2 of 24 questions. Your answers are saved in this browser only.",
        "title": "Your short form is saved",
      }
    `);
  });

  it('says when the form was finished', () => {
    const view = describeSavedProgress(
      en,
      { form: 'full', answers: {}, step: 0, finished: true },
      64,
    );
    expect(view.title).toBe('You finished the full form');
  });
});

describe('describeCarryOver', () => {
  const older = (answers: Record<string, number>, finished = false) => ({
    savedVersion: 1,
    finished,
    carryOver: { form: 'short' as const, answers, count: 0, total: 5 },
  });

  it('counts only the answers that match a question of the current form', () => {
    const offer = describeCarryOver(en, older({ a: 1, c: 2, gone: 3 }), steps, 2);
    expect(offer.carryLabel).toBe('Carry 2 answers over');
    expect(offer.text).toMatchInlineSnapshot(
      `"Your short form in this browser was answered with version 1 of the questions; the quiz now uses version 2, with new and reworded statements. 2 of your 5 answers match questions of the current short form and can be carried over; you then answer only the rest."`,
    );
  });

  it('offers nothing to carry over when no answer matches', () => {
    const offer = describeCarryOver(en, older({ gone: 3 }, true), steps, 2);
    expect(offer.carryLabel).toBeNull();
    expect(offer.title).toBe('You finished an earlier version of the quiz');
    expect(offer.text).toContain('None of your 5 answers match');
  });

  it('speaks of one answer in the singular', () => {
    expect(describeCarryOver(en, older({ b: 4 }), steps, 2).carryLabel).toBe('Carry 1 answer over');
  });
});

describe('describeFormChoices', () => {
  it('offers the short form, then the full form, each with its length and what it covers', () => {
    const content = buildQuizContent(en, tinyBank);
    const [short, full] = describeFormChoices(en, content);
    expect(short?.startLabel).toBe('Start the short form');
    expect(full?.title).toBe('Full form');
    expect(full?.summary).toBe(
      `${content.forms.full.questionCount} questions, about ${content.forms.full.minutes} minutes. Several statements per competency; the firmest result.`,
    );
  });
});

describe('describeGuideTip', () => {
  it('reads as one sentence around the link to the role guide', () => {
    expect(describeGuideTip(en).join('')).toBe(
      'Curious what the roles involve first? Read the role guide.',
    );
  });
});

describe('describeSavedProgress with one answer', () => {
  it('speaks of it in the singular', () => {
    const view = describeSavedProgress(
      en,
      { form: 'full', answers: { a: 1 }, step: 0, finished: false },
      64,
    );
    expect(view.confirmStartOver).toContain('clears the 1 answer saved');
  });
});

describe('the start screen in another language', () => {
  const es = loadSiteWords('es');

  it('describes saved progress in Spanish with the same counts', () => {
    expect(
      describeSavedProgress(
        es,
        { form: 'short', answers: { a: 1, b: 2 }, step: 1, finished: false },
        24,
      ),
    ).toMatchInlineSnapshot(`
      {
        "confirmStartOver": "¿Empezar de nuevo? Esto borra las 2 respuestas guardadas en este navegador. Tu último resultado terminado sigue en la página de resultados.",
        "text": "Has respondido 2 de 24 preguntas. Tus respuestas se guardan solo en este navegador.",
        "title": "Tu formato breve está guardado",
      }
    `);
  });

  it('offers to carry answers over in Spanish', () => {
    const older = {
      savedVersion: 1,
      finished: false,
      carryOver: { form: 'short' as const, answers: { a: 1, c: 2 }, count: 0, total: 5 },
    };
    expect(describeCarryOver(es, older, steps, 2)).toMatchInlineSnapshot(`
      {
        "carryLabel": "Trasladar 2 respuestas",
        "text": "Tu formato breve en este navegador se respondió con la versión 1 de las preguntas; el cuestionario usa ahora la versión 2, con afirmaciones nuevas y reformuladas. Puedes trasladar 2 de tus 5 respuestas: cada una coincide con una pregunta del formato breve actual. Después solo respondes el resto.",
        "title": "Tus respuestas son de una versión anterior del cuestionario",
      }
    `);
  });

  it('offers the two forms and the guide in Spanish', () => {
    const content = buildQuizContent(es, tinyBank);
    expect(describeFormChoices(es, content).map((c) => [c.title, c.startLabel]))
      .toMatchInlineSnapshot(`
      [
        [
          "Formato breve",
          "Empezar el formato breve",
        ],
        [
          "Formato completo",
          "Empezar el formato completo",
        ],
      ]
    `);
    expect(describeGuideTip(es)).toMatchInlineSnapshot(`
      [
        "¿Quieres saber antes qué implican los roles? Lee la ",
        "guía de roles",
        ".",
      ]
    `);
  });
});
