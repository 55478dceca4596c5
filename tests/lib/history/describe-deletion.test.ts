import { describeDeleteAll, describeDeletedAll } from '@/lib/history/describe-deletion';
import { describeImport } from '@/lib/history/describe-import';
import { loadSiteWords } from '@/lib/i18n/load-site-words';

const english = loadSiteWords('en');
const spanish = loadSiteWords('es');

describe('describeDeleteAll', () => {
  it('counts the results it would delete, one in the singular', () => {
    expect(describeDeleteAll(english, 1)).toMatch(
      /^This removes the one result kept in this browser/,
    );
    expect(describeDeleteAll(english, 3)).toMatch(/^This removes all 3 results kept/);
  });

  it('warns the deletion is for good and points to export first', () => {
    expect(describeDeleteAll(english, 2)).toBe(
      'This removes all 2 results kept in this browser, for good. Export your history first if you may want it back. The results page still shows your last finished quiz.',
    );
  });

  it('asks in Spanish with the same count', () => {
    expect(describeDeleteAll(spanish, 3)).toMatch(
      /^Esto elimina para siempre los 3 resultados guardados en este navegador\./,
    );
  });
});

describe('describeDeletedAll', () => {
  it('says what was deleted, or how many results stayed', () => {
    expect(describeDeletedAll(english, 1, 0)).toBe('Deleted the only result from this browser.');
    expect(describeDeletedAll(english, 4, 0)).toBe('Deleted all 4 results from this browser.');
    expect(describeDeletedAll(english, 4, 1)).toBe(
      '1 of 4 results could not be deleted from this browser.',
    );
  });

  it('says it in Spanish', () => {
    expect(describeDeletedAll(spanish, 1, 0)).toBe(
      'Se eliminó el único resultado de este navegador.',
    );
    expect(describeDeletedAll(spanish, 4, 0)).toBe(
      'Se eliminaron los 4 resultados de este navegador.',
    );
  });
});

describe('describeImport', () => {
  it('counts what a history file added and what was already here', () => {
    expect(describeImport(english, 'h.json', 2, 1)).toBe(
      'Added 2 results from “h.json”. One was already here.',
    );
    expect(describeImport(english, 'h.json', 0, 3)).toBe(
      'Nothing new in “h.json”: every result in it is already here.',
    );
    expect(describeImport(english, 'h.json', 0, 0)).toBe('“h.json” holds no results.');
  });

  it('counts one added result in words, several duplicates in figures, and no duplicates not at all', () => {
    expect(describeImport(english, 'h.json', 1, 0)).toBe('Added one result from “h.json”.');
    expect(describeImport(english, 'h.json', 1, 2)).toBe(
      'Added one result from “h.json”. 2 were already here.',
    );
  });

  it('counts the same in Spanish', () => {
    expect(describeImport(spanish, 'h.json', 2, 1)).toBe(
      'Se añadieron 2 resultados de «h.json». Uno ya estaba aquí.',
    );
    expect(describeImport(spanish, 'h.json', 0, 3)).toBe(
      'Nada nuevo en «h.json»: todos sus resultados ya están aquí.',
    );
  });
});
