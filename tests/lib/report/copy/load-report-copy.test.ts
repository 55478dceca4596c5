import {
  loadReportCopy,
  parseReportCopy,
  ReportCopyValidationError,
} from '@/lib/report/copy/load-report-copy';
import reportCopy from '@/questions/report-copy.json' with { type: 'json' };

type Content = typeof reportCopy;
const withChange = (change: (content: Content) => void): Content => {
  const copy = structuredClone(reportCopy);
  change(copy);
  return copy;
};
const problemsOf = (raw: unknown): string[] => {
  try {
    parseReportCopy(raw);
  } catch (error) {
    if (error instanceof ReportCopyValidationError) return error.problems;
    throw error;
  }
  return [];
};

describe('parseReportCopy', () => {
  it('accepts questions/report-copy.json as it is', () => {
    expect(problemsOf(reportCopy)).toEqual([]);
    expect(loadReportCopy().common.forms.full.name).toBe('full form');
  });

  it('names the field of an empty text', () => {
    const raw = withChange((c) => {
      c.common.roles.cto = '  ';
    });
    expect(problemsOf(raw)).toEqual(['common.roles.cto: must not be empty']);
  });

  it('refuses a placeholder the template is not given, so a typo never reaches a reader', () => {
    const raw = withChange((c) => {
      c.common.scale.outOf = '{scroe} / 100';
    });
    expect(problemsOf(raw)).toEqual(['common.scale.outOf: may only use the placeholders {score}']);
  });

  it('refuses a key it does not know', () => {
    const raw = withChange((c) => {
      Object.assign(c.result.fits, { subtitle: 'Extra' });
    });
    expect(problemsOf(raw)).toHaveLength(1);
    expect(problemsOf(raw)[0]).toMatch(/^result\.fits: /);
  });

  it('throws an error that names the file', () => {
    expect(() => parseReportCopy({})).toThrow(/questions\/report-copy\.json/);
  });
});
