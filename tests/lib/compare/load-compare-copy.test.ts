import { COMPARE_COPY } from '@/lib/compare/compare-copy';
import {
  CompareCopyValidationError,
  loadCompareCopy,
  parseCompareCopy,
} from '@/lib/compare/load-compare-copy';
import compareCopy from '@/questions/compare-copy.json' with { type: 'json' };

type Content = typeof compareCopy;
const withChange = (change: (content: Content) => void): Content => {
  const copy = structuredClone(compareCopy);
  change(copy);
  return copy;
};
const problemsOf = (raw: unknown): string[] => {
  try {
    parseCompareCopy(raw);
  } catch (error) {
    if (error instanceof CompareCopyValidationError) return error.problems;
    throw error;
  }
  return [];
};

describe('parseCompareCopy', () => {
  it('accepts questions/compare-copy.json as it is, the same words the browser reads', () => {
    expect(problemsOf(compareCopy)).toEqual([]);
    expect(loadCompareCopy()).toEqual(COMPARE_COPY);
  });

  it('names the field of an empty text', () => {
    const raw = withChange((c) => {
      c.fits.heading = '  ';
    });
    expect(problemsOf(raw)).toEqual(['fits.heading: must not be empty']);
  });

  it('rejects a placeholder the view model does not fill, so that no "{nmae}" reaches a person', () => {
    const raw = withChange((c) => {
      c.fits.openResult = 'Open {nmae}’s full result';
    });
    expect(problemsOf(raw)).toEqual(['fits.openResult: may only use the placeholders {name}']);
  });

  it('rejects a missing text and an unknown one', () => {
    const raw = withChange((c) => {
      const loose = c as unknown as Record<string, unknown>;
      delete loose.reading;
      loose.extra = 'Hello';
    });
    expect(problemsOf(raw)).toHaveLength(2);
  });
});
