import { describe, expect, it } from 'vitest';

import { describeImportedNotice, READING_HEADER, RESULTS_PAGE_COPY } from '@/lib/report';

describe('the results page header and states', () => {
  it('puts the export date into the imported-result notice and keeps its emphasis', () => {
    const notice = describeImportedNotice(RESULTS_PAGE_COPY, '3 December 2026');
    expect(notice.strong).toBe('Showing an imported result');
    expect(`${notice.before}${notice.strong}${notice.after}`).toBe(
      'Showing an imported result, exported on 3 December 2026. It is not saved in this browser, and nothing saved here has changed.',
    );
  });

  it('leaves no placeholder in any of the states it shows without a result', () => {
    const texts = [
      ...Object.values(READING_HEADER),
      RESULTS_PAGE_COPY.nothingYet,
      RESULTS_PAGE_COPY.problemLead,
      RESULTS_PAGE_COPY.savedProblemTitle,
      ...Object.values(RESULTS_PAGE_COPY.linkProblem),
      ...Object.values(RESULTS_PAGE_COPY.waysOn),
    ];
    for (const text of texts) expect(text).not.toMatch(/\{\w+\}/);
  });
});
