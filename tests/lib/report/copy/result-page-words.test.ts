import * as words from '@/lib/report/copy/result-page-words';
import { COMMON_COPY } from '@/lib/report/copy/common-copy';
import { RESULT_COPY } from '@/lib/report/copy/result-copy';

describe('result page words', () => {
  it('names an export by its date and format', () => {
    expect(words.resultFileName(RESULT_COPY.page, '2026-12-04', 'pdf')).toBe(
      'role-fit-2026-12-04.pdf',
    );
    expect(words.resultFileName(RESULT_COPY.page, '2026-01-09', 'md')).toBe(
      'role-fit-2026-01-09.md',
    );
  });

  it('says which file was saved', () => {
    expect(words.describeSavedFile(COMMON_COPY.exports, 'role-fit-2026-12-04.csv')).toBe(
      'Saved role-fit-2026-12-04.csv to your downloads.',
    );
  });

  it('names the refused file in curly quotes', () => {
    expect(words.describeImportRefused(RESULT_COPY.page, 'result.json')).toBe(
      '“result.json” could not be opened:',
    );
  });
});
