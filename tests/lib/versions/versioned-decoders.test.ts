import fc from 'fast-check';

import { DECODER_COPY } from '@/lib/codecs/decoder-copy';
import type { Answers } from '@/lib/answers/schema';
import { loadBankVersion, RELEASED_BANK_VERSIONS } from '@/lib/bank/load-bank';
import type { QuestionBank } from '@/lib/bank/schema';
import { decodeAnswersFile } from '@/lib/codecs/answers-file';
import {
  decodeCompareCode,
  encodeCompareCode,
  readCompareCodeVersions,
} from '@/lib/codecs/compare-code';
import {
  decodeSavedProgress,
  encodeSavedProgress,
  readSavedProgressVersion,
} from '@/lib/codecs/saved-progress';
import { decodeShareCode, encodeShareCode, readShareCodeVersion } from '@/lib/codecs/share-code';
import { buildSummary, renderJson } from '@/lib/export';
import { decodeExportFile, readExportFileVersion } from '@/lib/export/decode-export-file';
import { buildHistoryRows } from '@/lib/history/build-history-rows';
import { decodeHistoryFile } from '@/lib/history/decode-history-file';
import { encodeStoredEntry, makeEntry, type HistoryEntry } from '@/lib/history/history-entry';
import { encodeHistoryFile } from '@/lib/history/history-file';
import { historyVersions } from '@/lib/history/history-versions';
import { readStoredHistory } from '@/lib/history/read-stored-history';
import { scoreAnswers } from '@/lib/scoring';
import { lookupOf, type BankLookup } from '@/lib/versions/bank-lookup';
import { answerSet } from '@/tests/fixtures/answer-arbitraries';
import { tinyBank } from '@/tests/fixtures/tiny-bank';
import { tinyBankOlder } from '@/tests/fixtures/tiny-bank-older';
import { SCORING_COPY } from '@/lib/scoring/scoring-copy';
import { ENGLISH_WORDS } from '@/tests/support/english-words';

const released = RELEASED_BANK_VERSIONS.map((v) => loadBankVersion(v) as QuestionBank);
const lookup: BankLookup<QuestionBank> = loadBankVersion;
const tinyLookup = lookupOf(tinyBank, tinyBankOlder);
const form = fc.constantFrom('short' as const, 'full' as const);
const anyText = fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.json());
const olderAnswers = { 'tech-00': 5, 'tech-01': 4, 'lead-01': 2, 'speed-1': 'wait' };

/** A full-form entry of tiny bank `version`, finished at midnight UTC on `day`. */
function tinyEntry(version: number, answers: Answers, day: string): HistoryEntry {
  return makeEntry(
    { bank: { id: 'tiny', version }, form: 'full', answers },
    `${day}T00:00:00.000Z`,
  );
}

describe('every released bank version', () => {
  it.each(released.map((bank) => [bank.version, bank] as const))(
    'reads a share code made with version %i back with that version’s bank',
    (version, bank) => {
      fc.assert(
        fc.property(answerSet(bank), form, (answers, f) => {
          const code = encodeShareCode(bank, { form: f, answers });
          expect(readShareCodeVersion(code)).toBe(version);
          expect(decodeShareCode(lookup, code, DECODER_COPY)).toEqual({
            ok: true,
            value: { form: f, answers },
            bank,
          });
        }),
        { numRuns: 40 },
      );
    },
  );

  it.each(released.map((bank) => [bank.version, bank] as const))(
    'reads an export made with version %i back, scored by that version',
    (version, bank) => {
      fc.assert(
        fc.property(answerSet(bank), form, (answers, f) => {
          const text = renderJson(
            buildSummary(ENGLISH_WORDS, bank, answers, f, { date: '2026-12-03' }),
            answers,
          );
          expect(readExportFileVersion(text, DECODER_COPY)).toBe(version);
          const decoded = decodeExportFile(lookup, text, SCORING_COPY, DECODER_COPY);
          expect(decoded.ok && decoded.value.bank).toBe(bank);
          expect(decoded.ok && decoded.value.profile).toEqual(
            scoreAnswers(bank, answers, SCORING_COPY, { form: f }),
          );
        }),
        { numRuns: 10 },
      );
    },
  );

  it('reads a comparison of two people who took different versions, each with their own bank', () => {
    const [older, newer] = [released[0], released[released.length - 1]] as [
      QuestionBank,
      QuestionBank,
    ];
    fc.assert(
      fc.property(answerSet(older), answerSet(newer), (a, b) => {
        const codes = [
          encodeShareCode(older, { form: 'full', answers: a }),
          encodeShareCode(newer, { form: 'short', answers: b }),
        ] as const;
        const code = encodeCompareCode(codes, ['Ana', 'Ben']);
        expect(readCompareCodeVersions(code)).toEqual([older.version, newer.version]);
        const decoded = decodeCompareCode(lookup, code, DECODER_COPY);
        expect(decoded.ok && decoded.value.map((p) => [p.bank, p.answers])).toEqual([
          [older, a],
          [newer, b],
        ]);
      }),
      { numRuns: 20 },
    );
  });
});

describe('decoders given a lookup', () => {
  const olderCode = encodeShareCode(tinyBankOlder, { form: 'full', answers: olderAnswers });

  it('name the version of a code whose bank is not at hand, to load it and decode again', () => {
    expect(decodeShareCode(tinyBank, olderCode, DECODER_COPY)).toEqual({
      ok: false,
      error: {
        kind: 'other-version',
        version: 1,
        released: true,
        message: expect.stringContaining('version 1') as unknown,
      },
    });
    expect(decodeShareCode(tinyLookup, olderCode, DECODER_COPY)).toEqual({
      ok: true,
      value: { form: 'full', answers: olderAnswers },
      bank: tinyBankOlder,
    });
  });

  it('say a code from a newer site cannot be shown, and that it cannot be loaded', () => {
    const newer = encodeShareCode({ ...tinyBank, version: 9 }, { form: 'full', answers: {} });
    const decoded = decodeShareCode(tinyLookup, newer, DECODER_COPY);
    expect(decoded).toMatchObject({
      ok: false,
      error: { kind: 'other-version', version: 9, released: false },
    });
    expect(decoded.ok ? '' : decoded.error.message).toMatchInlineSnapshot(
      `"This link was made with a newer version of the quiz (questions version 9; this site has up to version 2), so it cannot be shown here. Open it on the site it came from, or take the quiz here."`,
    );
    const format = decodeShareCode(tinyLookup, newer.replace(/^1\./, '2.'), DECODER_COPY);
    expect(format).toMatchObject({ ok: false, error: { version: null, released: false } });
  });

  it('name the person and the version of a comparison whose bank is not at hand', () => {
    const newerCode = encodeShareCode(tinyBank, { form: 'full', answers: { 'tech-01': 3 } });
    const code = encodeCompareCode([newerCode, olderCode]);
    expect(decodeCompareCode(tinyBank, code, DECODER_COPY)).toMatchObject({
      ok: false,
      error: { kind: 'other-version', which: 'second', version: 1, released: true },
    });
    const decoded = decodeCompareCode(tinyLookup, code, DECODER_COPY);
    expect(decoded.ok && decoded.value.map((p) => p.bank.version)).toEqual([3, 1]);
  });

  it('read no version from what is not a code', () => {
    expect(readShareCodeVersion('hello')).toBeNull();
    expect(readShareCodeVersion('2.1.f.AAAA.xx')).toBeNull();
    expect(readCompareCodeVersions(`c1~${olderCode}~nonsense`)).toEqual([1, null]);
    expect(readCompareCodeVersions(olderCode)).toEqual([null, null]);
    expect(readExportFileVersion('{"format": "role-fit-export"}', DECODER_COPY)).toBeNull();
  });

  it('score each history entry with its own bank and compare across versions', () => {
    const old = tinyEntry(1, olderAnswers, '2026-01-01');
    const unreleased = tinyEntry(7, { 'tech-01': 1 }, '2026-02-01');
    const recent = tinyEntry(3, { 'tech-01': 4, 'lead-02': 5 }, '2026-03-01');
    expect(historyVersions([recent, unreleased, old])).toEqual([1, 3, 7]);
    const rows = buildHistoryRows({ scoring: SCORING_COPY }, tinyLookup, [recent, unreleased, old]);
    expect(rows.map((row) => row.kind)).toEqual(['scored', 'other-version', 'scored']);
    const [newest, , oldest] = rows;
    expect(oldest).toMatchObject({
      bankVersion: 1,
      earlierVersion: true,
      fit: scoreAnswers(tinyBankOlder, olderAnswers, SCORING_COPY).fit,
    });
    expect(newest).toMatchObject({ bankVersion: 3, earlierVersion: false });
    const comparison = decodeCompareCode(
      tinyLookup,
      newest?.kind === 'scored' ? (newest.compareWithEarlier?.compareCode ?? '') : '',
      DECODER_COPY,
    );
    expect(comparison.ok && comparison.value.map((p) => [p.bank.version, p.answers])).toEqual([
      [1, olderAnswers],
      [3, recent.answers],
    ]);
  });

  it('check stored and imported entries against the bank of their own version', () => {
    const good = tinyEntry(1, olderAnswers, '2026-01-01');
    const bad = tinyEntry(1, { 'lead-02': 3 }, '2026-01-02');
    const stored = readStoredHistory(
      [good, bad].map((e) => ({ id: e.id, text: encodeStoredEntry(e) })),
      tinyLookup,
      DECODER_COPY,
    );
    expect(stored.entries.map((e) => e.id)).toEqual([good.id]);
    expect(stored.unreadable.map((e) => e.reason)).toEqual([
      'answers: question "lead-02" is not a question in this bank',
    ]);
    const file = decodeHistoryFile(
      encodeHistoryFile([good, bad], '2026-02-01'),
      tinyLookup,
      DECODER_COPY,
    );
    expect(file.ok && file.value.problems).toEqual([
      'entry 2: answers: question "lead-02" is not a question in this bank',
    ]);
  });

  it('read an export of an older version with that version’s bank', () => {
    const text = renderJson(
      buildSummary(ENGLISH_WORDS, tinyBankOlder, olderAnswers, 'full', { date: '2026-01-01' }),
      olderAnswers,
    );
    expect(decodeExportFile(tinyBank, text, SCORING_COPY, DECODER_COPY).ok).toBe(false);
    const decoded = decodeExportFile(tinyLookup, text, SCORING_COPY, DECODER_COPY);
    expect(decoded.ok && decoded.value.profile).toEqual(
      scoreAnswers(tinyBankOlder, olderAnswers, SCORING_COPY),
    );
  });

  it('read an answers file stamped with an older version, or a JSON export, with its own bank', () => {
    const stamped = JSON.stringify({ bank: { id: 'tiny', version: 1 }, answers: olderAnswers });
    expect(decodeAnswersFile(tinyLookup, stamped, DECODER_COPY)).toEqual({
      ok: true,
      value: { answers: olderAnswers, form: 'full', bank: tinyBankOlder },
    });
    const exported = renderJson(
      buildSummary(ENGLISH_WORDS, tinyBankOlder, olderAnswers, 'short', { date: '2026-01-01' }),
      olderAnswers,
    );
    const fromExport = decodeAnswersFile(tinyLookup, exported, DECODER_COPY);
    expect(fromExport.ok && [fromExport.value.bank, fromExport.value.form]).toEqual([
      tinyBankOlder,
      'short',
    ]);
    const unknown = JSON.stringify({ bank: { id: 'tiny', version: 9 }, answers: {} });
    expect(decodeAnswersFile(tinyLookup, unknown, DECODER_COPY)).toMatchObject({
      ok: false,
      problems: [expect.stringMatching(/^bank: the file was made with a newer version/)],
    });
  });

  it('read which version saved progress was made with, and restore it with that version', () => {
    const text = encodeSavedProgress(
      { id: 'tiny', version: 1 },
      { form: 'full', answers: olderAnswers, step: 4, finished: true },
    );
    expect(readSavedProgressVersion(text)).toBe(1);
    expect(
      decodeSavedProgress(text, { id: 'tiny', version: 3 }, tinyBank.questions, DECODER_COPY),
    ).toMatchObject({
      status: 'older-version',
      carryOver: { answers: { 'tech-01': 4, 'lead-01': 2 }, count: 2, total: 4 },
    });
    expect(
      decodeSavedProgress(text, { id: 'tiny', version: 1 }, tinyBankOlder.questions, DECODER_COPY),
    ).toEqual({
      status: 'restored',
      progress: { form: 'full', answers: olderAnswers, step: 4, finished: true },
      dropped: [],
    });
  });
});

describe('versioned decoders on any input', () => {
  it('never throw, whatever the text, and read a version only as a number or null', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        for (const version of [
          readShareCodeVersion(text),
          readExportFileVersion(text, DECODER_COPY),
          readSavedProgressVersion(text),
          ...readCompareCodeVersions(text),
        ]) {
          expect(version === null || Number.isInteger(version)).toBe(true);
        }
        expect(typeof decodeShareCode(lookup, text, DECODER_COPY).ok).toBe('boolean');
        expect(typeof decodeCompareCode(lookup, text, DECODER_COPY).ok).toBe('boolean');
        expect(typeof decodeExportFile(lookup, text, SCORING_COPY, DECODER_COPY).ok).toBe(
          'boolean',
        );
        expect(typeof decodeAnswersFile(lookup, text, DECODER_COPY).ok).toBe('boolean');
        expect(typeof decodeHistoryFile(text, lookup, DECODER_COPY).ok).toBe('boolean');
        expect(
          readStoredHistory([{ id: 'x', text }], lookup, DECODER_COPY).entries.length,
        ).toBeLessThan(2);
      }),
    );
  });

  it('never throw on codes whose version part is any number', () => {
    fc.assert(
      fc.property(fc.nat(), fc.string({ maxLength: 60 }), (version, rest) => {
        const decoded = decodeShareCode(lookup, `1.${version}.f.${rest}`, DECODER_COPY);
        if (!decoded.ok && decoded.error.kind === 'other-version') {
          expect(decoded.error.version).toBe(version);
        }
      }),
    );
  });

  it('never throw on stored JSON stamped with any version', () => {
    fc.assert(
      fc.property(fc.integer(), fc.jsonValue(), fc.jsonValue(), (version, answers, bankId) => {
        const text = JSON.stringify({
          format: 1,
          bank: { id: bankId, version },
          answers,
          form: 'full',
        });
        expect(
          readStoredHistory([{ id: 'x', text }], lookup, DECODER_COPY).entries.length,
        ).toBeLessThan(2);
        expect(typeof decodeExportFile(lookup, text, SCORING_COPY, DECODER_COPY).ok).toBe(
          'boolean',
        );
        expect(typeof decodeAnswersFile(lookup, text, DECODER_COPY).ok).toBe('boolean');
        const saved = decodeSavedProgress(
          text,
          { id: 'role-fit', version: 2 },
          released[1]!.questions,
          DECODER_COPY,
        );
        expect(['restored', 'older-version', 'other-version', 'corrupted']).toContain(saved.status);
      }),
    );
  });
});
