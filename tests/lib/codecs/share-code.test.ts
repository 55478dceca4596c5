import fc from 'fast-check';

import { DECODER_COPY } from '@/lib/codecs/decoder-copy';
import { loadBank } from '@/lib/bank/load-bank';
import { decodeShareCode, encodeShareCode } from '@/lib/codecs/share-code';
import { answerSet, completeAnswerSet } from '@/tests/fixtures/answer-arbitraries';
import { tinyBank } from '@/tests/fixtures/tiny-bank';

const bank = loadBank();
const form = fc.constantFrom('short' as const, 'full' as const);
const fullAnswers = Object.fromEntries(
  bank.questions.map((q) => [q.id, q.type === 'likert' ? 4 : q.options[q.options.length - 1]!.id]),
);
const code = encodeShareCode(bank, { form: 'full', answers: fullAnswers });

describe('encodeShareCode and decodeShareCode', () => {
  it('give back exactly the answers and form, for every valid answer set', () => {
    for (const b of [bank, tinyBank]) {
      fc.assert(
        fc.property(answerSet(b), form, (answers, f) => {
          const shared = { form: f, answers };
          expect(decodeShareCode(b, encodeShareCode(b, shared), DECODER_COPY)).toEqual({
            ok: true,
            value: shared,
            bank: b,
          });
        }),
      );
    }
  });

  it('fit a full answer set in a link of at most 200 characters', () => {
    fc.assert(
      fc.property(completeAnswerSet(bank), (answers) => {
        const link = `https://role-fit.example/results#${encodeShareCode(bank, { form: 'full', answers })}`;
        expect(link.length).toBeLessThanOrEqual(200);
      }),
    );
  });

  it('carry the format and bank versions in the code', () => {
    expect(code.startsWith(`1.${bank.version}.f.`)).toBe(true);
  });

  it('read a code with its leading # and surrounding spaces', () => {
    expect(decodeShareCode(bank, ` #${code} `, DECODER_COPY).ok).toBe(true);
  });
});

describe('decodeShareCode on bad codes', () => {
  it.each([
    ['an empty string', '', 'malformed'],
    ['words', 'hello there', 'malformed'],
    ['a code cut short', code.slice(0, 20), 'truncated'],
    ['a code missing its last character', code.slice(0, -1), 'truncated'],
    ['a code from another bank version', code.replace(/^1\.\d+\./, '1.99.'), 'other-version'],
    ['a code of another format', code.replace(/^1\./, '7.'), 'other-version'],
    [
      'a code with an edited answer',
      `${code.slice(0, 8)}${code[8] === 'A' ? 'B' : 'A'}${code.slice(9)}`,
      'tampered',
    ],
    ['a code with an extra character', code.replace(/\.(\w\w)$/, 'A.$1'), 'tampered'],
  ])('reports %s as %s with a message', (_, text, kind) => {
    const result = decodeShareCode(bank, text, DECODER_COPY);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.kind).toBe(kind);
    expect(result.error.message.length).toBeGreaterThan(20);
  });

  it('never throws, and names its own kind of error, whatever the string', () => {
    const nearCodes = fc
      .tuple(fc.nat(code.length), fc.string({ maxLength: 3 }))
      .map(([at, insert]) => code.slice(0, at) + insert + code.slice(at + insert.length));
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'binary' }), nearCodes), (text) => {
        const result = decodeShareCode(bank, text, DECODER_COPY);
        if (!result.ok) {
          expect(['malformed', 'truncated', 'tampered', 'other-version']).toContain(
            result.error.kind,
          );
        }
      }),
    );
  });
});
