import { loadBank } from '@/lib/bank/load-bank';
import { countQuestions, estimateMinutes } from '@/lib/quiz/estimate-minutes';
import { tinyBank } from '@/tests/fixtures/tiny-bank';

describe('estimateMinutes', () => {
  it('adds up reading time per kind of question and rounds to whole minutes', () => {
    // Full: 15 statements × 8 s + 2 scenarios × 30 s = 180 s.
    expect(estimateMinutes(tinyBank, 'full')).toBe(3);
  });

  it('never says zero minutes', () => {
    // Short: 6 statements × 8 s + 1 scenario × 30 s = 78 s.
    expect(estimateMinutes(tinyBank, 'short')).toBe(1);
  });

  it('promises about a quarter of an hour for the full form and half that for the short one', () => {
    // Full: 64 statements × 8 s + 12 scenarios × 30 s = 872 s; short: 32 × 8 s + 6 × 30 s = 436 s.
    expect(estimateMinutes(loadBank(), 'full')).toBe(15);
    expect(estimateMinutes(loadBank(), 'short')).toBe(7);
  });
});

describe('countQuestions', () => {
  it('counts the questions of each form', () => {
    expect(countQuestions(tinyBank, 'full')).toBe(17);
    expect(countQuestions(tinyBank, 'short')).toBe(7);
  });
});
