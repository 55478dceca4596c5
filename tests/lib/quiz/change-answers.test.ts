import fc from 'fast-check';

import type { ProgressDecoding } from '@/lib/codecs/saved-progress';
import { loadSiteWords } from '@/lib/i18n/load-site-words';
import {
  describeReplaceAnswers,
  findAnswersToReplace,
  progressToChange,
} from '@/lib/quiz/change-answers';

const restored = (answers: Record<string, number>, finished = false): ProgressDecoding => ({
  status: 'restored',
  progress: { form: 'full', answers, step: 2, finished },
  dropped: [],
});

describe('findAnswersToReplace', () => {
  const target = { form: 'full' as const, answers: { a: 1, b: 2 } };

  it('asks before other saved answers are replaced', () => {
    expect(findAnswersToReplace(restored({ a: 5 }, true), target)).toEqual({
      answered: 1,
      finished: true,
      form: 'full',
    });
  });

  it('does not ask when the same answers are saved, none are, or nothing can be read', () => {
    expect(findAnswersToReplace(restored({ a: 1, b: 2 }), target)).toBeNull();
    expect(findAnswersToReplace(restored({}), target)).toBeNull();
    expect(findAnswersToReplace(null, target)).toBeNull();
    expect(findAnswersToReplace({ status: 'corrupted', detail: 'x' }, target)).toBeNull();
  });

  it('never asks about the very answers being changed', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string(), fc.integer({ min: 1, max: 5 })), (answers) => {
        expect(findAnswersToReplace(restored(answers), { form: 'full', answers })).toBeNull();
      }),
    );
  });
});

describe('progressToChange', () => {
  it('keeps a result of this browser finished, and opens others as progress to review', () => {
    const target = { form: 'short' as const, answers: { a: 3 } };
    expect(progressToChange(target, 4, 'saved')).toEqual({ ...target, step: 4, finished: true });
    expect(progressToChange(target, 4, 'shared').finished).toBe(false);
    expect(progressToChange(target, 4, 'imported').finished).toBe(false);
  });
});

describe('describeReplaceAnswers', () => {
  const english = loadSiteWords('en');
  it('says what would be replaced, and by what', () => {
    expect(
      describeReplaceAnswers(english, { answered: 1, finished: false, form: 'short' }, 'shared'),
    ).toMatchInlineSnapshot(
      `"This browser holds 1 answer to the short form that you have not finished yet. Changing the answers of this shared result replaces them in the quiz. Your last finished result stays on the results page until you finish again."`,
    );
    expect(
      describeReplaceAnswers(english, { answered: 12, finished: true, form: 'full' }, 'saved'),
    ).toContain('holds 12 answers to the full form. Changing these answers replaces them');
  });

  it('asks in the language of the words it is given, with the same count and form', () => {
    const spanish = describeReplaceAnswers(
      loadSiteWords('es'),
      { answered: 12, finished: true, form: 'full' },
      'saved',
    );
    expect(spanish).toMatchInlineSnapshot(
      `"Este navegador tiene 12 respuestas del formato completo. Al cambiar estas respuestas, sustituyes las guardadas en el cuestionario. Tu último resultado terminado sigue en la página de resultados hasta que vuelvas a terminar."`,
    );
    expect(spanish).toContain('12');
    expect(spanish).toContain(loadSiteWords('es').common.forms.full.name);
  });
});
