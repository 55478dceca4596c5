import { DECODER_COPY } from '@/lib/codecs/decoder-copy';
import fc from 'fast-check';

import { findAnswerProblems } from '@/lib/answers/find-answer-problems';
import { loadSiteWords } from '@/lib/i18n/load-site-words';
import { englishIn } from '@/tests/support/english-sentences';
import { tinyBank } from '@/tests/fixtures/tiny-bank';

describe('findAnswerProblems', () => {
  it('accepts Likert values 1–5 and known option ids', () => {
    expect(
      findAnswerProblems(
        tinyBank.questions,
        { 'tech-01': 1, 'tech-02': 5, 'speed-1': 'joint' },
        DECODER_COPY,
      ),
    ).toEqual([]);
  });

  it('names an unknown question id', () => {
    expect(findAnswerProblems(tinyBank.questions, { 'tech-99': 3 }, DECODER_COPY)).toEqual([
      { questionId: 'tech-99', message: 'is not a question in this bank' },
    ]);
  });

  it('names a Likert value out of range or not whole', () => {
    expect(
      findAnswerProblems(
        tinyBank.questions,
        { 'tech-01': 6, 'tech-02': 2.5, 'tech-03': '4' },
        DECODER_COPY,
      ),
    ).toEqual([
      { questionId: 'tech-01', message: 'needs a whole number from 1 to 5, got 6' },
      { questionId: 'tech-02', message: 'needs a whole number from 1 to 5, got 2.5' },
      { questionId: 'tech-03', message: 'needs a whole number from 1 to 5, got "4"' },
    ]);
  });

  it('names an unknown option and lists the valid ones', () => {
    expect(findAnswerProblems(tinyBank.questions, { 'speed-1': 'maybe' }, DECODER_COPY)).toEqual([
      {
        questionId: 'speed-1',
        message: 'needs one of the option ids "tech", "joint", "product", got "maybe"',
      },
    ]);
  });

  it('treats a __proto__ key as an unknown question rather than a prototype', () => {
    const answers = JSON.parse('{"__proto__": {"polluted": true}}') as Record<string, unknown>;
    expect(findAnswerProblems(tinyBank.questions, answers, DECODER_COPY)).toEqual([
      { questionId: '__proto__', message: 'is not a question in this bank' },
    ]);
  });
});

describe('findAnswerProblems in Spanish', () => {
  const es = loadSiteWords('es').decoders;
  const check = (answers: Record<string, unknown>) =>
    findAnswerProblems(tinyBank.questions, answers, es).map((p) => p.message);

  it('names an unknown question id in Spanish', () => {
    expect(check({ 'tech-99': 3 })).toEqual(['no es una de estas preguntas']);
  });

  it('names a Likert value out of range, with a Spanish decimal comma', () => {
    expect(check({ 'tech-01': 6, 'tech-02': 2.5, 'tech-03': [4] })).toEqual([
      'necesita un número entero del 1 al 5, pero es 6',
      'necesita un número entero del 1 al 5, pero es 2,5',
      'necesita un número entero del 1 al 5, pero es una lista',
    ]);
  });

  it('lists the valid option ids as they are written, in a Spanish sentence', () => {
    expect(check({ 'speed-1': { pick: 'tech' } })).toEqual([
      'necesita uno de los identificadores de opción "tech", "joint", "product", pero es un objeto',
    ]);
  });

  it('finds the same problems in every language, for any answers', () => {
    const de = loadSiteWords('de').decoders;
    fc.assert(
      fc.property(fc.dictionary(fc.string(), fc.jsonValue()), (answers) => {
        const ids = (words: typeof es) =>
          findAnswerProblems(tinyBank.questions, answers, words).map((p) => p.questionId);
        expect(ids(es)).toEqual(ids(DECODER_COPY));
        expect(ids(de)).toEqual(ids(DECODER_COPY));
        for (const p of findAnswerProblems(tinyBank.questions, answers, es))
          expect(englishIn(p.message, 'es')).toEqual([]);
      }),
    );
  });
});
