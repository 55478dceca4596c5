import { CHROME_COPY } from '@/lib/site/copy/chrome-copy';
import { numberWord } from '@/lib/site/number-word';

const words = CHROME_COPY.numberWords;

describe('numberWord', () => {
  it('spells out counts up to twelve', () => {
    expect([0, 6, 12].map((n) => numberWord(n, words))).toEqual(['zero', 'six', 'twelve']);
  });

  it('keeps larger counts as digits', () => {
    expect(numberWord(16, words)).toBe('16');
  });

  it('spells out what the language lists, and no further', () => {
    expect(numberWord(2, ['cero', 'uno', 'dos'])).toBe('dos');
    expect(numberWord(3, ['cero', 'uno', 'dos'])).toBe('3');
  });
});
