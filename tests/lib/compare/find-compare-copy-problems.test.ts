import { changing } from '@/tests/fixtures/copy-changes';
import { findCompareCopyProblems } from '@/lib/compare/find-compare-copy-problems';
import compareCopy from '@/questions/compare-copy.json' with { type: 'json' };

/** The copy file with one change made to a fresh copy of it. */
const changed = changing(compareCopy);

describe('findCompareCopyProblems', () => {
  it('finds none in questions/compare-copy.json', () => {
    expect(findCompareCopyProblems(compareCopy)).toEqual([]);
  });

  it('names the field of an empty text', () => {
    const raw = changed((c) => (c.fits.heading = '  '));
    expect(findCompareCopyProblems(raw)).toEqual(['fits.heading: must not be empty']);
  });

  it('rejects a placeholder the view model does not fill, so that no "{nmae}" reaches a person', () => {
    const raw = changed((c) => (c.fits.openResult = 'Open {nmae}’s full result'));
    expect(findCompareCopyProblems(raw)).toEqual([
      'fits.openResult: may only use the placeholders {name}',
    ]);
  });

  it('reports a missing text and an unknown one', () => {
    const raw = changed((c) => {
      const loose = c as unknown as Record<string, unknown>;
      delete loose.reading;
      loose.extra = 'Hello';
    });
    expect(findCompareCopyProblems(raw)).toHaveLength(2);
  });
});
