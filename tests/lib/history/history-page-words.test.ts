import * as words from '@/lib/history/history-page-words';
import { loadSiteWords } from '@/lib/i18n/load-site-words';

const english = loadSiteWords('en');
const spanish = loadSiteWords('es');
const german = loadSiteWords('de');

describe('describeListTitle', () => {
  it('counts one result in words and more in figures, newest first', () => {
    expect(words.describeListTitle(english, 1)).toBe('One result, newest first');
    expect(words.describeListTitle(english, 3)).toBe('3 results, newest first');
  });

  it('counts them in the language of its words', () => {
    expect(words.describeListTitle(spanish, 1)).toBe('Un resultado, el más reciente primero');
    expect(words.describeListTitle(spanish, 3)).toBe('3 resultados, los más recientes primero');
  });
});

describe('describeExportSummary', () => {
  it('counts the exported results, and says nothing of unreadable entries when there are none', () => {
    expect(words.describeExportSummary(english, 1, 0)).toBe('One result.');
    expect(words.describeExportSummary(english, 4, 0)).toBe('4 results.');
  });

  it('says the unreadable entries are left out of the file, one in the singular', () => {
    expect(words.describeExportSummary(english, 3, 1)).toBe(
      '3 results; the entry that could not be read is not in it (download it above).',
    );
    expect(words.describeExportSummary(english, 1, 2)).toBe(
      'One result; the 2 entries that could not be read are not in it (download them above).',
    );
  });

  it('says the same in Spanish with the same counts', () => {
    expect(words.describeExportSummary(spanish, 3, 2)).toBe(
      '3 resultados; no incluye las 2 entradas que no se pudieron leer (descárgalas más arriba).',
    );
  });
});

describe('describeUnreadable', () => {
  it('words the heading and explanation for one unreadable entry', () => {
    expect(words.describeUnreadable(english, 1)).toEqual({
      title: '1 entry could not be read',
      body: "Something changed this entry in this browser's storage, so it is not in the list or the chart. Your other results are not affected. Download a copy to keep it, or remove it.",
    });
  });

  it('words them in the plural for several', () => {
    const { title, body } = words.describeUnreadable(english, 2);
    expect(title).toBe('2 entries could not be read');
    expect(body).toMatch(/^Something changed these entries in this browser's storage, so they are/);
  });

  it('words the heading in Spanish, singular and plural', () => {
    expect(words.describeUnreadable(spanish, 1).title).toBe('No se pudo leer 1 entrada');
    expect(words.describeUnreadable(spanish, 2).title).toBe('No se pudieron leer 2 entradas');
  });
});

describe('the history page’s other sentences', () => {
  it('names the deleted result, the unreadable entry’s reason and the refused file', () => {
    expect(words.describeDeletedEntry(english, '1 Mar 2026, 09:30')).toBe(
      'Deleted the result of 1 Mar 2026, 09:30.',
    );
    expect(words.describeUnreadableReason(english, 'not JSON')).toBe(
      'It could not be read: not JSON.',
    );
    expect(words.describeImportRefused(english, 'h.json')).toBe(
      '“h.json” could not be imported, and your history has not changed. The file:',
    );
  });

  it('says them in Spanish around the same date, reason and file name', () => {
    expect(words.describeDeletedEntry(spanish, '1 mar 2026, 9:30')).toBe(
      'Se eliminó el resultado del 1 mar 2026, 9:30.',
    );
    expect(words.describeUnreadableReason(spanish, 'x')).toBe('No se pudo leer: x.');
    expect(words.describeImportRefused(spanish, 'h.json')).toBe(
      'No se pudo importar «h.json» y tu historial no ha cambiado. El archivo:',
    );
  });

  it('names both fits and the trend table’s columns with the common role words', () => {
    expect(words.fitNames(english)).toEqual({ cto: 'CTO fit', cpo: 'CPO fit' });
    expect(words.trendTable(english)).toEqual({
      caption: 'CTO and CPO fit of each result',
      columns: ['Finished', 'CTO fit', 'CPO fit'],
    });
  });

  it('names them in Spanish and German from the same role names', () => {
    expect(words.fitNames(spanish)).toEqual({ cto: 'Encaje como CTO', cpo: 'Encaje como CPO' });
    expect(words.trendTable(spanish)).toEqual({
      caption: 'Encaje como CTO y como CPO de cada resultado',
      columns: ['Terminado', 'Encaje como CTO', 'Encaje como CPO'],
    });
    const inGerman = words.trendTable(german);
    expect(inGerman.columns).toEqual([
      german.history.page.chart.finished,
      ...Object.values(words.fitNames(german)),
    ]);
    expect(inGerman.columns.join(' ')).not.toMatch(/\bfit\b/);
  });
});
