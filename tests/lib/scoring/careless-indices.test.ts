import {
  evenOddConsistency,
  longestRun,
  medianSecondsPerStatement,
  pearson,
  twinAgreement,
  twinDistance,
} from '@/lib/scoring/careless-indices';

describe('evenOddConsistency', () => {
  const profile = [0, 25, 50, 75, 100, 50, 25, 75];

  it('is 1 when both halves of every competency agree', () => {
    expect(evenOddConsistency(profile.map((s) => [s, s, s, s]))).toBeCloseTo(1);
  });

  it('is low when the halves of each competency contradict each other', () => {
    const odd = [0, 25, 50, 75, 100, 100, 0, 50];
    const even = [100, 0, 25, 50, 75, 0, 75, 25];
    const scores = odd.map((s, i) => [s, even[i] ?? 0, s, even[i] ?? 0]);
    expect(evenOddConsistency(scores)).toBeLessThan(0.3);
  });

  it('splits each competency by position: first and third against second and fourth', () => {
    const scores = profile.map((s, i) => (i % 2 === 0 ? [s, s, s, s] : [s, 50, s, 50]));
    const result = evenOddConsistency(scores);
    expect(result).not.toBeNull();
    expect(result).toBeLessThan(1);
  });

  it('skips a profile too flat to judge rather than calling an honest flat profile inconsistent', () => {
    const flat = [50, 50, 75, 50, 50, 75, 50, 50].map((s, i) => [s, i % 2 ? 50 : 75, s, 50]);
    expect(evenOddConsistency(flat)).toBeNull();
  });

  it('skips when fewer than six competencies have both halves', () => {
    expect(evenOddConsistency([[0, 0], [100, 100], [50, 50], [25], [75]])).toBeNull();
  });
});

describe('pearson', () => {
  it('is 1 for lists that rise together and −1 for lists that move apart', () => {
    expect(pearson([1, 2, 3], [2, 4, 6])).toBeCloseTo(1);
    expect(pearson([1, 2, 3], [6, 4, 2])).toBeCloseTo(-1);
  });

  it('is null when a list does not vary', () => {
    expect(pearson([1, 1, 1], [1, 2, 3])).toBeNull();
  });
});

/** Twin pairs written as `positive/reverse` answers: `'5/1 4/2'` is [[5, 1], [4, 2]]. */
function twins(text: string): [number, number][] {
  if (text === '') return [];
  return text.split(' ').map((pair) => pair.split('/').map(Number) as [number, number]);
}

describe('twinDistance', () => {
  it.each([
    ['is 0 when each reverse statement mirrors its twin', '5/1 4/2 3/3', 0],
    // Gaps positive + reverse − 6: 4 and 1, mean 2.5, each 1.5 from it.
    [
      'measures how far the pairs stray from mirroring, around the person’s own mean gap',
      '5/5 4/3',
      1.5,
    ],
    ['does not count a general tendency to agree as inconsistency', '5/3 3/5 4/4', 0],
    ['is null without pairs', '', null],
  ])('%s', (_, pairs, distance) => {
    expect(twinDistance(twins(pairs))).toBe(distance);
  });
});

describe('twinAgreement', () => {
  it.each([
    ['is 1 when the recoded reverse answers rise and fall with their twins', '5/1 4/2 2/4', 1],
    [
      'is negative when the reverse answers follow their twins instead of mirroring them',
      '5/5 4/4 2/2',
      -1,
    ],
  ])('%s', (_, pairs, agreement) => {
    expect(twinAgreement(twins(pairs))).toBeCloseTo(agreement);
  });

  it('is null when one side does not vary', () => {
    expect(twinAgreement(twins('4/2 4/3'))).toBeNull();
  });
});

describe('longestRun', () => {
  it('finds the longest run of one answer in the order given', () => {
    expect(longestRun([1, 2, 2, 2, 3, 3, 1])).toBe(3);
    expect(longestRun([])).toBe(0);
  });
});

describe('medianSecondsPerStatement', () => {
  it('takes the median over steps of seconds per statement', () => {
    expect(
      medianSecondsPerStatement([
        { statements: 4, seconds: 4 },
        { statements: 4, seconds: 20 },
        { statements: 2, seconds: 6 },
      ]),
    ).toBe(3);
  });

  it('averages the two middle steps of an even count', () => {
    expect(
      medianSecondsPerStatement([
        { statements: 4, seconds: 4 },
        { statements: 4, seconds: 12 },
      ]),
    ).toBe(2);
  });

  it('is null without timing, or with only empty steps', () => {
    expect(medianSecondsPerStatement(undefined)).toBeNull();
    expect(medianSecondsPerStatement([{ statements: 0, seconds: 5 }])).toBeNull();
  });
});
