import {
  ContentValidationError,
  loadReportCopy,
  parseReportCopy,
} from '@/lib/report/copy/load-report-copy';
import { REPORT_COPY } from '@/lib/report/copy/report-copy';

const reportCopy = REPORT_COPY;

/** The problems parseReportCopy lists for the file with one change, or none. */
function problemsAfter(change: (content: typeof reportCopy) => void): string[] {
  const content = structuredClone(reportCopy);
  change(content);
  try {
    parseReportCopy(content);
    return [];
  } catch (error) {
    if (error instanceof ContentValidationError) return error.problems;
    throw error;
  }
}

describe('parseReportCopy', () => {
  it('accepts questions/report-copy/ as it is', () => {
    expect(problemsAfter(() => {})).toEqual([]);
    expect(loadReportCopy().common.forms.full.name).toBe('full form');
  });

  it('names the field of an empty text', () => {
    expect(problemsAfter((c) => void (c.common.roles.cto = '  '))).toEqual([
      'common.roles.cto: must not be empty',
    ]);
  });

  it('refuses a placeholder the template is not given, so a typo never reaches a reader', () => {
    expect(problemsAfter((c) => void (c.common.scale.outOf = '{scroe} / 100'))).toEqual([
      'common.scale.outOf: may only use the placeholders {score}',
    ]);
  });

  it('names an empty source line and refuses a placeholder the unreadable-saved sentence lacks', () => {
    expect(
      problemsAfter((c) => {
        c.result.page.sources.imported = '';
        c.result.page.savedProblem.detail = 'Your saved result could not be read: {reason}.';
      }),
    ).toEqual([
      'result.page.savedProblem.detail: may only use the placeholders {why}',
      'result.page.sources.imported: must not be empty',
    ]);
  });

  it('names an empty results page or export text and refuses a placeholder a file name lacks', () => {
    expect(
      problemsAfter((c) => {
        c.common.copyLinkBlocked = '';
        c.common.exports.pageSize.letter = ' ';
        c.common.exports.saved = 'Saved {name} to your downloads.';
        c.result.page.export.buttons.copy = '';
        c.result.page.actions.change.other = '';
        c.result.page.export.fileName = 'role-fit-{day}.{extension}';
      }),
    ).toEqual([
      'common.copyLinkBlocked: must not be empty',
      'common.exports.pageSize.letter: must not be empty',
      'common.exports.saved: may only use the placeholders {file}',
      'result.page.actions.change.other: must not be empty',
      'result.page.export.buttons.copy: must not be empty',
      'result.page.export.fileName: may only use the placeholders {date}, {extension}',
    ]);
  });

  it('names an empty trend sentence and refuses a placeholder a change is not given', () => {
    expect(
      problemsAfter((c) => {
        c.history.trend.tooFew = ' ';
        c.history.trend.rose.other = '{role} fit rose by {points} points';
      }),
    ).toEqual([
      'history.trend.tooFew: must not be empty',
      'history.trend.rose.other: may only use the placeholders {role}, {from}, {to}, {by}',
    ]);
  });

  it('names an empty history page text and refuses a placeholder its sentence is not given', () => {
    expect(
      problemsAfter((c) => {
        c.history.page.empty.title = '';
        c.history.page.entry.compare = 'Compare with {day}';
        c.history.page.list.title.other = '{count} results, {order}';
      }),
    ).toEqual([
      'history.page.empty.title: must not be empty',
      'history.page.list.title.other: may only use the placeholders {count}',
      'history.page.entry.compare: may only use the placeholders {date}',
    ]);
  });

  it('keeps the spaces a history page fragment is set beside other words with', () => {
    const page = loadReportCopy().history.page;
    expect(page.entry.carriedOverBefore).toBe('On or before ');
    expect(page.entry.separator).toBe(' · ');
    expect(page.unreadable.storedAs).toBe('Stored as ');
    expect(page.list.team.before).toMatch(/\S $/);
  });

  it('refuses a key it does not know', () => {
    const problems = problemsAfter((c) => void Object.assign(c.result.fits, { subtitle: 'Extra' }));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^result\.fits: /);
  });

  it('throws an error that names the folder', () => {
    expect(() => parseReportCopy({})).toThrow(/questions\/report-copy\/ is invalid/);
  });
});
