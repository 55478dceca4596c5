import fc from 'fast-check';

import { DECODER_COPY } from '@/lib/codecs/decoder-copy';
import { decodeHistoryFile } from '@/lib/history/decode-history-file';
import { encodeStoredEntry } from '@/lib/history/history-entry';
import { readStoredHistory } from '@/lib/history/read-stored-history';
import { loadSiteWords } from '@/lib/i18n/load-site-words';
import { englishIn } from '@/tests/support/english-sentences';
import { tinyBank } from '@/tests/fixtures/tiny-bank';

import { sampleEntry } from './history-arbitraries';

// The history page reads stored entries and history files with the decoder words of its
// language: the same entries are refused in every language, only the sentences change.

const es = loadSiteWords('es').decoders;
const de = loadSiteWords('de').decoders;
const valid = JSON.parse(encodeStoredEntry(sampleEntry())) as Record<string, unknown>;
const fields = Object.fromEntries(Object.entries(valid).filter(([key]) => key !== 'format'));

const reasons = (text: string, words = es) =>
  readStoredHistory([{ id: 'x', text }], tinyBank, words).unreadable.map((u) => u.reason);

function fileProblems(file: unknown, words = es): readonly string[] {
  const decoded = decodeHistoryFile(JSON.stringify(file), tinyBank, words);
  return decoded.ok ? decoded.value.problems : decoded.problems;
}

const historyFile = (entries: unknown[]) => ({
  format: 'role-fit-history',
  formatVersion: 1,
  entries,
});

describe('readStoredHistory in Spanish', () => {
  it('says why a stored entry is not a saved result at all', () => {
    expect(reasons('{"format":1,')).toEqual(['no es JSON válido']);
    expect(reasons('[1,2]')).toEqual(['no es un resultado guardado']);
    expect(reasons(JSON.stringify(fields))).toEqual(['no tiene sello de formato']);
    expect(reasons(JSON.stringify({ ...valid, format: 7 }))).toEqual([
      'se guardó en el formato 7 con otra versión de Role Fit; esta versión lee el formato 1',
    ]);
    expect(reasons('{"format":1,"answers":{"__proto__":{"x":1}}}')).toEqual([
      'contiene una clave «__proto__», «constructor» o «prototype», que no se admite',
    ]);
  });

  it('names each wrong field by its key, with what it must be in Spanish', () => {
    expect(reasons(JSON.stringify({ ...valid, form: 'medium', finishedAt: 'yesterday' }))).toEqual([
      'finishedAt: debe ser una fecha y hora como "2026-11-28T09:30:00.000Z"; form: debe ser "short" o "full"',
    ]);
    expect(reasons(JSON.stringify({ ...valid, bank: undefined }))).toEqual(['bank: falta']);
    expect(reasons(JSON.stringify({ ...valid, colour: 'red', size: 2 }))).toEqual([
      'campos desconocidos: "colour", "size"',
    ]);
  });

  it('names an answer that does not fit its question, in Spanish', () => {
    expect(reasons(JSON.stringify({ ...valid, answers: { 'tech-01': 9 } }))).toEqual([
      'answers: pregunta «tech-01»: necesita un número entero del 1 al 5 o un identificador de opción',
    ]);
    expect(reasons(JSON.stringify({ ...valid, answers: { 'gone-01': 3 } }))).toEqual([
      'answers: pregunta «gone-01»: no es una de estas preguntas',
    ]);
  });

  it('says in German why an entry of another format cannot be read', () => {
    expect(reasons(JSON.stringify({ ...valid, format: 7 }), de)).toEqual([
      'er wurde von einer anderen Version von Role Fit im Format 7 gespeichert; diese Version liest Format 1',
    ]);
  });

  it('refuses the same entries in every language, and says why without English', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.json(),
          fc
            .dictionary(fc.constantFrom(...Object.keys(valid), 'extra'), fc.jsonValue())
            .map((changes) => JSON.stringify({ ...valid, ...changes })),
        ),
        (text) => {
          const english = reasons(text, DECODER_COPY);
          expect(reasons(text, es)).toHaveLength(english.length);
          expect(reasons(text, de)).toHaveLength(english.length);
          for (const reason of reasons(text, es)) expect(englishIn(reason, 'es')).toEqual([]);
        },
      ),
    );
  });
});

describe('decodeHistoryFile in Spanish', () => {
  it('refuses a file that is not a history file, saying what it is', () => {
    expect(fileProblems([])).toEqual([
      'no es un archivo de historial de Role Fit: debe ser un objeto JSON',
    ]);
    expect(fileProblems({ format: 'role-fit-export' })).toEqual([
      'es un solo resultado exportado, no un archivo de historial: ábrelo en la página de resultados',
    ]);
    expect(fileProblems({ entries: [] })).toEqual([
      'no es un archivo de historial de Role Fit: le falta el formato, que debe ser "role-fit-history"',
    ]);
    expect(fileProblems({ format: 'notes', entries: [] })).toEqual([
      'no es un archivo de historial de Role Fit: su formato es "notes", no "role-fit-history"',
    ]);
  });

  it('refuses a file of another version or with a wrong envelope, in Spanish', () => {
    expect(fileProblems({ ...historyFile([]), formatVersion: 3 })).toEqual([
      'usa la versión 3 del formato de archivo de historial; esta versión de Role Fit lee la versión 1',
    ]);
    expect(fileProblems({ ...historyFile([]), formatVersion: 'one' })).toEqual([
      'formatVersion: debe ser 1',
    ]);
    expect(fileProblems({ ...historyFile([]), entries: {}, exportedAt: 5, note: '' })).toEqual([
      'tiene un campo desconocido: "note"',
      'exportedAt: debe ser la fecha de la exportación',
      'entries: debe ser una lista de resultados',
    ]);
  });

  it('numbers the entries it leaves out and says why, in Spanish', () => {
    const entry = { ...valid, format: undefined };
    expect(fileProblems(historyFile([entry, { ...entry, form: 'medium' }, 'x']))).toEqual([
      'entrada 2: form: debe ser "short" o "full"',
      'entrada 3: debe ser un objeto con los campos de un resultado',
    ]);
  });
});
