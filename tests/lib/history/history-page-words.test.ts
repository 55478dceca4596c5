import * as words from '@/lib/history/history-page-words';

describe('describeListTitle', () => {
  it('counts one result in words and more in figures, newest first', () => {
    expect(words.describeListTitle(1)).toBe('One result, newest first');
    expect(words.describeListTitle(3)).toBe('3 results, newest first');
  });
});

describe('describeExportSummary', () => {
  it('counts the exported results, and says nothing of unreadable entries when there are none', () => {
    expect(words.describeExportSummary(1, 0)).toBe('One result.');
    expect(words.describeExportSummary(4, 0)).toBe('4 results.');
  });

  it('says the unreadable entries are left out of the file, one in the singular', () => {
    expect(words.describeExportSummary(3, 1)).toBe(
      '3 results; the entry that could not be read is not in it (download it above).',
    );
    expect(words.describeExportSummary(1, 2)).toBe(
      'One result; the 2 entries that could not be read are not in it (download them above).',
    );
  });
});

describe('describeUnreadable', () => {
  it('words the heading and explanation for one unreadable entry', () => {
    expect(words.describeUnreadable(1)).toEqual({
      title: '1 entry could not be read',
      body: "Something changed this entry in this browser's storage, so it is not in the list or the chart. Your other results are not affected. Download a copy to keep it, or remove it.",
    });
  });

  it('words them in the plural for several', () => {
    const { title, body } = words.describeUnreadable(2);
    expect(title).toBe('2 entries could not be read');
    expect(body).toMatch(/^Something changed these entries in this browser's storage, so they are/);
  });
});

describe('the history page’s other sentences', () => {
  it('names the deleted result, the unreadable entry’s reason and the refused file', () => {
    expect(words.describeDeletedEntry('1 Mar 2026, 09:30')).toBe(
      'Deleted the result of 1 Mar 2026, 09:30.',
    );
    expect(words.describeUnreadableReason('not JSON')).toBe('It could not be read: not JSON.');
    expect(words.describeImportRefused('h.json')).toBe(
      '“h.json” could not be imported, and your history has not changed. The file:',
    );
  });

  it('names both fits and the trend table’s columns with the common role words', () => {
    expect(words.FIT_NAMES).toEqual({ cto: 'CTO fit', cpo: 'CPO fit' });
    expect(words.TREND_TABLE).toEqual({
      caption: 'CTO and CPO fit of each result',
      columns: ['Finished', 'CTO fit', 'CPO fit'],
    });
  });
});
