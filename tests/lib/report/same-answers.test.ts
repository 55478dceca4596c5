import { isSameAnswerSet } from '@/lib/report/same-answers';

describe('isSameAnswerSet', () => {
  it('is true for the same form and answers in any key order', () => {
    expect(
      isSameAnswerSet(
        { form: 'full', answers: { a: 1, b: 'x' } },
        { form: 'full', answers: { b: 'x', a: 1 } },
      ),
    ).toBe(true);
  });

  it('is false when the form, a value or the set of questions differs', () => {
    const base = { form: 'full' as const, answers: { a: 1 } };
    expect(isSameAnswerSet(base, { form: 'short', answers: { a: 1 } })).toBe(false);
    expect(isSameAnswerSet(base, { form: 'full', answers: { a: 2 } })).toBe(false);
    expect(isSameAnswerSet(base, { form: 'full', answers: { a: 1, b: 3 } })).toBe(false);
  });
});
