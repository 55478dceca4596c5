import { DECODER_COPY } from '@/lib/codecs/decoder-copy';
import { findAnswerProblems } from '@/lib/answers/find-answer-problems';
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
