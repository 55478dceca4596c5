import { SCORING_COPY } from '@/lib/scoring/scoring-copy';
import fc from 'fast-check';

import { loadBank } from '@/lib/bank/load-bank';
import { decodeAnswersFile } from '@/lib/codecs/answers-file';
import { decodeCompareCode, encodeCompareCode } from '@/lib/codecs/compare-code';
import { DECODER_COPY } from '@/lib/codecs/decoder-copy';
import { readJsonFile, refuseLargeFile } from '@/lib/codecs/read-json-file';
import { decodeSavedProgress } from '@/lib/codecs/saved-progress';
import { decodeShareCode, encodeShareCode } from '@/lib/codecs/share-code';
import { decodeTeamCode, encodeTeamCode } from '@/lib/codecs/team-code';
import { decodeExportFile } from '@/lib/export/decode-export-file';
import { loadSiteWords } from '@/lib/i18n/load-site-words';
import { extractTexts } from '@/lib/i18n/text-paths';
import { englishIn } from '@/tests/support/english-sentences';

// The same decoders say what went wrong in the words they are given: the kinds of problem stay
// the same in every language, only the sentences change.

const bank = loadBank();
const es = loadSiteWords('es').decoders;
const de = loadSiteWords('de').decoders;
const answers = Object.fromEntries(
  bank.questions.map((q) => [q.id, q.type === 'likert' ? 3 : q.options[0]!.id]),
);
const code = encodeShareCode(bank, { form: 'full', answers });
const cutShort = code.split('.').slice(0, 3).join('.');
const damaged = code.replace(/\.(..)$/, (_, check: string) => `.${check === 'AA' ? 'AB' : 'AA'}`);
const anotherFormat = code.replace(/^1\./, '9.');

function shareError(text: string, words = es) {
  const decoded = decodeShareCode(bank, text, words);
  if (decoded.ok) throw new Error('expected the code to be refused');
  return decoded.error;
}

describe('decodeShareCode in Spanish', () => {
  it('says a cut-short link is incomplete, in Spanish', () => {
    expect(shareError(cutShort)).toEqual({ kind: 'truncated', message: es.shareCode.truncated });
    expect(es.shareCode.truncated).toMatch(/incompleto/);
  });

  it('says a link of another version of the site cannot be shown, naming both formats', () => {
    const error = shareError(anotherFormat);
    expect(error.kind).toBe('other-version');
    expect(error.message).toBe(
      'Este enlace se creó con otra versión del sitio (formato de enlace 9; este sitio lee el formato 1), así que no se puede mostrar aquí. Ábrelo en el sitio del que viene, o haz el cuestionario aquí.',
    );
  });

  it('says a link of a newer version of the questions cannot be shown', () => {
    const newer = code.replace(/^1\.\d+\./, '1.99.');
    expect(shareError(newer).message).toMatch(/^Este enlace se creó con una versión más reciente/);
  });

  it('says a changed link cannot be trusted', () => {
    expect(shareError(damaged)).toEqual({ kind: 'tampered', message: es.shareCode.tampered });
  });

  it('finds the same kind of problem in every language, for any text', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const english = decodeShareCode(bank, text, DECODER_COPY);
        const spanish = decodeShareCode(bank, text, es);
        const german = decodeShareCode(bank, text, de);
        expect(spanish.ok ? null : spanish.error.kind).toBe(english.ok ? null : english.error.kind);
        expect(german.ok ? null : german.error.kind).toBe(english.ok ? null : english.error.kind);
        if (!spanish.ok) expect(englishIn(spanish.error.message, 'es')).toEqual([]);
      }),
    );
  });
});

describe('decodeCompareCode in Spanish', () => {
  it('names the person whose name is damaged, in Spanish', () => {
    const decoded = decodeCompareCode(bank, `${encodeCompareCode([code, code])}~%E0%A4%A~Sam`, es);
    expect(decoded).toEqual({
      ok: false,
      error: {
        kind: 'bad-name',
        which: 'first',
        message:
          'El nombre de la primera persona de esta comparación está dañado o tiene más de 30 caracteres.',
      },
    });
  });

  it('says whose result is cut short, with the link’s own problem in Spanish', () => {
    const decoded = decodeCompareCode(bank, encodeCompareCode([code, cutShort]), es);
    expect(decoded.ok ? null : decoded.error.message).toBe(
      `No se puede leer el resultado de la segunda persona de esta comparación. ${es.shareCode.truncated}`,
    );
  });

  it('says a comparison of another version of the site cannot be shown', () => {
    const decoded = decodeCompareCode(bank, `c9~${code}~${code}`, es);
    expect(decoded.ok ? null : decoded.error.message).toMatch(
      /^Este enlace de comparación se creó con otra versión del sitio \(formato de comparación 9/,
    );
  });

  it('says a text that is not a comparison is not one', () => {
    const decoded = decodeCompareCode(bank, 'garbage', es);
    expect(decoded.ok ? null : decoded.error.message).toBe(
      'Esto no parece un enlace de comparación de Role Fit.',
    );
  });
});

describe('decodeTeamCode in Spanish', () => {
  it('numbers the members it cannot read and says why, in Spanish', () => {
    const team = encodeTeamCode([
      { code, name: 'Ana' },
      { code: cutShort, name: 'Bea' },
      { code, name: '' },
    ]);
    const damagedName = team.replace(/!Ana/, '!%E0%A4%A');
    const decoded = decodeTeamCode(bank, `${damagedName.replace(/^t1\.3/, 't1.4')}`, es);
    if (!decoded.ok) throw new Error('expected a team');
    expect(decoded.problems.map((p) => [p.kind, p.message])).toEqual([
      ['bad-name', 'Miembro 1: el nombre está dañado o tiene más de 30 caracteres.'],
      ['truncated', `Miembro 2 (Bea): ${es.shareCode.truncated}`],
      [
        'missing',
        'Miembro 4: falta, porque el enlace se cortó. Copia el enlace entero y vuelve a intentarlo.',
      ],
    ]);
  });

  it('says in German when a team link names too many people', () => {
    const decoded = decodeTeamCode(bank, `t1.99~${code}`, de);
    expect(decoded.ok ? null : decoded.error).toEqual({
      kind: 'too-many',
      message: 'Ein Teamlink fasst höchstens 12 Personen; dieser nennt mehr.',
    });
  });
});

describe('the file and saved-progress decoders in Spanish', () => {
  it('explain saved progress that cannot be read, in Spanish', () => {
    const stamp = { id: bank.id, version: bank.version };
    expect(decodeSavedProgress('{', stamp, bank.questions, es)).toEqual({
      status: 'corrupted',
      detail: 'no es JSON válido',
    });
    const otherFormat = JSON.stringify({ format: 9, bank: stamp });
    expect(decodeSavedProgress(otherFormat, stamp, bank.questions, es)).toEqual({
      status: 'other-version',
      detail: 'usa el formato de guardado 9; esta versión lee el formato 1',
    });
  });

  it('refuse a file too large and an empty one, in Spanish', () => {
    const limits = { maxBytes: 5_000_000, kind: es.exportFile.kind };
    expect(refuseLargeFile(6_000_000, limits, es)).toBe(
      'el archivo ocupa 6,0 MB; una exportación puede ocupar como máximo 5 MB, así que no se ha leído',
    );
    expect(readJsonFile(' ', limits, es)).toEqual({
      ok: false,
      problems: ['el archivo está vacío'],
    });
  });

  it('explain an export that is not one, and its fields, in Spanish', () => {
    expect(decodeExportFile(bank, '[]', SCORING_COPY, es)).toEqual({
      ok: false,
      problems: ['no es una exportación de Role Fit: debe ser un objeto JSON'],
    });
    const file = JSON.stringify({
      format: 'role-fit-export',
      formatVersion: 1,
      bank: { id: bank.id, version: bank.version },
      form: 'full',
      answers: {},
      profile: {},
      exportedAt: '2026-01-01',
      extra: true,
    });
    expect(decodeExportFile(bank, file, SCORING_COPY, es)).toEqual({
      ok: false,
      problems: ['tiene un campo desconocido: "extra"'],
    });
  });

  it('explain an answers file of another version, in Spanish', () => {
    const file = JSON.stringify({ answers: {}, bank: { id: bank.id, version: 99 } });
    expect(decodeAnswersFile(bank, file, es)).toEqual({
      ok: false,
      problems: [expect.stringMatching(/^bank: el archivo se creó con una versión más reciente/)],
    });
  });
});

describe('the decoder words', () => {
  it.each(['es', 'de'] as const)('hold no English sentence in %s', (locale) => {
    const texts = Object.values(extractTexts(loadSiteWords(locale).decoders)).join('\n');
    expect(englishIn(texts, locale)).toEqual([]);
  });
});
