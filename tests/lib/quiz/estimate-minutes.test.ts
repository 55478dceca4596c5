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
});

describe('countQuestions', () => {
  it('counts the questions of each form', () => {
    expect(countQuestions(tinyBank, 'full')).toBe(17);
    expect(countQuestions(tinyBank, 'short')).toBe(7);
  });
});
