import { numberWord } from '@/lib/site/number-word';

describe('numberWord', () => {
  it('spells out counts up to twelve', () => {
    expect([0, 6, 12].map(numberWord)).toEqual(['zero', 'six', 'twelve']);
  });

  it('keeps larger counts as digits', () => {
    expect(numberWord(16)).toBe('16');
  });
});
