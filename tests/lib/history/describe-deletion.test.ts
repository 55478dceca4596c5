import { describeDeleteAll, describeDeletedAll } from '@/lib/history/describe-deletion';
import { describeImport } from '@/lib/history/describe-import';

describe('describeDeleteAll', () => {
  it('counts the results it would delete, one in the singular', () => {
    expect(describeDeleteAll(1)).toMatch(/^This removes the one result kept in this browser/);
    expect(describeDeleteAll(3)).toMatch(/^This removes all 3 results kept/);
  });

  it('warns the deletion is for good and points to export first', () => {
    expect(describeDeleteAll(2)).toBe(
      'This removes all 2 results kept in this browser, for good. Export your history first if you may want it back. The results page still shows your last finished quiz.',
    );
  });
});

describe('describeDeletedAll', () => {
  it('says what was deleted, or how many results stayed', () => {
    expect(describeDeletedAll(1, 0)).toBe('Deleted the only result from this browser.');
    expect(describeDeletedAll(4, 0)).toBe('Deleted all 4 results from this browser.');
    expect(describeDeletedAll(4, 1)).toBe('1 of 4 results could not be deleted from this browser.');
  });
});

describe('describeImport', () => {
  it('counts what a history file added and what was already here', () => {
    expect(describeImport('h.json', 2, 1)).toBe(
      'Added 2 results from “h.json”. One was already here.',
    );
    expect(describeImport('h.json', 0, 3)).toBe(
      'Nothing new in “h.json”: every result in it is already here.',
    );
    expect(describeImport('h.json', 0, 0)).toBe('“h.json” holds no results.');
  });

  it('counts one added result in words, several duplicates in figures, and no duplicates not at all', () => {
    expect(describeImport('h.json', 1, 0)).toBe('Added one result from “h.json”.');
    expect(describeImport('h.json', 1, 2)).toBe(
      'Added one result from “h.json”. 2 were already here.',
    );
  });
});
