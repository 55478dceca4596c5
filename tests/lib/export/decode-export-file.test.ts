import fc from 'fast-check';

import { DECODER_COPY } from '@/lib/codecs/decoder-copy';
import { buildSummary, decodeExportFile, renderJson } from '@/lib/export';
import { scoreAnswers } from '@/lib/scoring';
import { answerSet } from '@/tests/fixtures/answer-arbitraries';
import { tinyBank } from '@/tests/fixtures/tiny-bank';

import { fixedAnswers } from './fixed-answers';
import { SCORING_COPY } from '@/lib/scoring/scoring-copy';
import { loadSiteWords } from '@/lib/i18n/load-site-words';
import { ENGLISH_WORDS } from '@/tests/support/english-words';

const date = '2026-11-28';
const decode = (text: string) => decodeExportFile(tinyBank, text, SCORING_COPY, DECODER_COPY);

/** A valid export of the fixed answers, as an object to spoil one part of. */
function exportObject(): Record<string, unknown> {
  const summary = buildSummary(ENGLISH_WORDS, tinyBank, fixedAnswers, 'full', { date });
  return JSON.parse(renderJson(summary, fixedAnswers)) as Record<string, unknown>;
}

const spoiled = (change: (file: Record<string, unknown>) => void) => {
  const file = exportObject();
  change(file);
  return JSON.stringify(file);
};

/** The problems of a rejected decoding; fails the test when the text was accepted. */
function problemsOf(text: string): readonly string[] {
  const result = decode(text);
  expect(result.ok).toBe(false);
  return result.ok ? [] : result.problems;
}

describe('decodeExportFile', () => {
  it('reads the answers, form and date of an export and recomputes its profile', () => {
    const summary = buildSummary(ENGLISH_WORDS, tinyBank, fixedAnswers, 'short', { date });
    expect(decode(renderJson(summary, fixedAnswers))).toEqual({
      ok: true,
      value: {
        answers: fixedAnswers,
        form: 'short',
        profile: scoreAnswers(tinyBank, fixedAnswers, SCORING_COPY, { form: 'short' }),
        exportedAt: date,
        bank: tinyBank,
      },
    });
  });

  it('gives back exactly the answers, form and profile, for every valid answer set', () => {
    fc.assert(
      fc.property(
        answerSet(tinyBank),
        fc.constantFrom('short' as const, 'full' as const),
        (answers, form) => {
          const text = renderJson(
            buildSummary(ENGLISH_WORDS, tinyBank, answers, form, { date }),
            answers,
          );
          expect(decode(text)).toEqual({
            ok: true,
            value: {
              answers,
              form,
              profile: scoreAnswers(tinyBank, answers, SCORING_COPY, { form }),
              exportedAt: date,
              bank: tinyBank,
            },
          });
        },
      ),
    );
  });

  it('tells the recomputed verdict in the language of the words it is given, with the same figures', () => {
    const text = renderJson(
      buildSummary(ENGLISH_WORDS, tinyBank, fixedAnswers, 'short', { date }),
      fixedAnswers,
    );
    const spanish = loadSiteWords('es').scoring;
    const result = decodeExportFile(tinyBank, text, spanish, DECODER_COPY);
    const english = scoreAnswers(tinyBank, fixedAnswers, SCORING_COPY, { form: 'short' });
    expect(result.ok && result.value.profile).toEqual(
      scoreAnswers(tinyBank, fixedAnswers, spanish, { form: 'short' }),
    );
    expect(result.ok && result.value.profile.fit).toEqual(english.fit);
    expect(result.ok && result.value.profile.verdict.headline).not.toBe(english.verdict.headline);
  });

  it('ignores the profile in the file and scores the answers again', () => {
    const text = spoiled((file) => {
      const profile = file.profile as { fit: { cto: number; cpo: number } };
      profile.fit = { cto: 0, cpo: 100 };
    });
    const result = decode(text);
    expect(result.ok && result.value.profile).toEqual(
      scoreAnswers(tinyBank, fixedAnswers, SCORING_COPY),
    );
  });

  it.each([
    ['an empty file', '', ['the file is empty']],
    ['blank space', ' \n ', ['the file is empty']],
    ['a list', '[]', ['is not a Role Fit export: it must be a JSON object']],
    [
      'an answers file',
      '{"answers": {"tech-01": 4}}',
      ['is not a Role Fit export: it has no "format" field'],
    ],
    [
      'another format',
      spoiled((f) => (f.format = 'role-fit-progress')),
      ['is not a Role Fit export: its format is "role-fit-progress", not "role-fit-export"'],
    ],
    [
      'another format version',
      spoiled((f) => (f.formatVersion = 2)),
      ['uses export format version 2; this version of Role Fit reads version 1'],
    ],
    [
      'a format version that is not a number',
      spoiled((f) => (f.formatVersion = '1')),
      ['formatVersion: must be 1'],
    ],
    [
      'a newer version of the bank',
      spoiled((f) => (f.bank = { id: 'tiny', version: 9 })),
      [
        "bank: the answers were given to version 9 of the questions, newer than this site's (version 3), so they cannot be read here; open the file on the site it came from",
      ],
    ],
    [
      'a released version of the bank that is not at hand',
      spoiled((f) => (f.bank = { id: 'tiny', version: 1 })),
      [
        'bank: the answers were given to version 1 of the questions, which is not loaded here yet; try again in a moment',
      ],
    ],
    [
      'another bank',
      spoiled((f) => (f.bank = { id: 'role-fit', version: 3 })),
      ['bank: the answers were given to the questions "role-fit"; this quiz uses "tiny"'],
    ],
    [
      'answers out of range and unknown',
      spoiled((f) => (f.answers = { 'tech-01': 6, 'speed-1': 'later', 'tech-99': 3 })),
      [
        'question "tech-01" needs a whole number from 1 to 5, got 6',
        'question "speed-1" needs one of the option ids "tech", "joint", "product", got "later"',
        'question "tech-99" is not a question in this bank',
      ],
    ],
    [
      'unknown fields, at the top and inside the bank stamp',
      spoiled((f) => {
        f.score = 90;
        f.note = 'hi';
        f.bank = { id: 'tiny', version: 3, title: 'x' };
      }),
      ['bank: has an unknown field "title"', 'has unknown fields "score", "note"'],
    ],
    [
      'missing fields and a wrong form',
      spoiled((f) => {
        delete f.answers;
        delete f.exportedAt;
        f.form = 'medium';
      }),
      ['form: must be "short" or "full"', 'answers: is missing', 'exportedAt: is missing'],
    ],
    [
      'a __proto__ key among the answers',
      '{"format": "role-fit-export", "formatVersion": 1, "answers": {"__proto__": {"polluted": 1}}}',
      ['answers.__proto__: a "__proto__" key is not allowed'],
    ],
    [
      'constructor and prototype keys deep inside the profile',
      spoiled((f) => {
        f.profile = { competencies: [{ constructor: 1 }, { x: { prototype: {} } }] };
      }),
      [
        'profile.competencies[0].constructor: a "constructor" key is not allowed',
        'profile.competencies[1].x.prototype: a "prototype" key is not allowed',
      ],
    ],
  ])('rejects %s, naming each problem', (_, text, expected) => {
    expect(problemsOf(text)).toEqual(expected);
  });

  it('rejects text that is not JSON, saying why', () => {
    expect(problemsOf('{"format": ')).toEqual([
      expect.stringMatching(/^is not valid JSON \(.+\)$/),
    ]);
  });

  it('refuses a file over 1 MB before reading it, saying how large it is', () => {
    expect(problemsOf(' '.repeat(10_000_000))).toEqual([
      'the file is 10.0 MB; an export is at most 1 MB',
    ]);
    expect(problemsOf(`"${'é'.repeat(500_000)}"`)).toEqual([
      'the file is 1000002 bytes; an export is at most 1 MB',
    ]);
  });

  it('names only the first ten unsafe keys and counts the rest', () => {
    const answers = Object.fromEntries(
      Array.from({ length: 12 }, (_, i) => [`q${i}`, JSON.parse('{"__proto__": 1}') as unknown]),
    );
    const problems = problemsOf(spoiled((f) => (f.answers = answers)));
    expect(problems).toHaveLength(11);
    expect(problems[0]).toBe('answers.q0.__proto__: a "__proto__" key is not allowed');
    expect(problems[10]).toBe('and 2 more keys that are not allowed');
  });

  it('reads deeply nested JSON without overflowing the stack', () => {
    const deep = `{"a":`.repeat(100_000) + `{"constructor": 1}` + '}'.repeat(100_000);
    expect(problemsOf(deep)).toEqual([
      expect.stringMatching(/^…a\.a\.(a\.)+constructor: a "constructor" key is not allowed$/),
    ]);
    expect(problemsOf('['.repeat(300_000) + ']'.repeat(300_000))).toEqual([
      'is not a Role Fit export: it must be a JSON object',
    ]);
  });

  it('never throws, whatever the text', () => {
    const envelope = (inner: unknown) =>
      JSON.stringify({ format: 'role-fit-export', formatVersion: 1, ...(inner as object) });
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.json(),
          fc.jsonValue().map((v) => envelope(typeof v === 'object' && v !== null ? v : { v })),
          fc
            .dictionary(
              fc.constantFrom('bank', 'form', 'answers', 'profile', 'exportedAt', '__proto__'),
              fc.jsonValue(),
            )
            .map(envelope),
        ),
        (text) => {
          const result = decode(text);
          expect(typeof result.ok).toBe('boolean');
        },
      ),
      { numRuns: 500 },
    );
  });
});
