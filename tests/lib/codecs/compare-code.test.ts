import fc from 'fast-check';

import { DECODER_COPY } from '@/lib/codecs/decoder-copy';
import { loadBank } from '@/lib/bank/load-bank';
import {
  cleanName,
  decodeCompareCode,
  DEFAULT_NAMES,
  encodeCompareCode,
  isCompareCode,
  MAX_NAME_LENGTH,
  readCompareCodeLinks,
} from '@/lib/codecs/compare-code';
import { encodeShareCode } from '@/lib/codecs/share-code';
import { answerSet } from '@/tests/fixtures/answer-arbitraries';

const bank = loadBank();
const form = fc.constantFrom('short' as const, 'full' as const);
const answersA = Object.fromEntries(
  bank.questions.map((q, i) => [q.id, q.type === 'likert' ? (i % 5) + 1 : q.options[0]!.id]),
);
const answersB = Object.fromEntries(
  bank.questions.map((q) => [q.id, q.type === 'likert' ? 2 : q.options[q.options.length - 1]!.id]),
);
const codeA = encodeShareCode(bank, { form: 'full', answers: answersA });
const codeB = encodeShareCode(bank, { form: 'short', answers: answersB });
const pair = encodeCompareCode([codeA, codeB], ['Alex', 'Sam']);

describe('encodeCompareCode and decodeCompareCode', () => {
  it('give back both answer sets, forms and names, for any answers and any names', () => {
    fc.assert(
      fc.property(
        answerSet(bank),
        form,
        answerSet(bank),
        form,
        fc.string({ maxLength: 40 }),
        fc.string({ maxLength: 40 }),
        (a, fa, b, fb, nameA, nameB) => {
          const codes = [
            encodeShareCode(bank, { form: fa, answers: a }),
            encodeShareCode(bank, { form: fb, answers: b }),
          ] as const;
          const code = encodeCompareCode(codes, [nameA, nameB]);
          const decoded = decodeCompareCode(bank, code, DECODER_COPY);
          expect(decoded).toEqual({
            ok: true,
            value: [
              {
                form: fa,
                answers: a,
                name: cleanName(nameA) || DEFAULT_NAMES[0],
                code: codes[0],
                bank,
              },
              {
                form: fb,
                answers: b,
                name: cleanName(nameB) || DEFAULT_NAMES[1],
                code: codes[1],
                bank,
              },
            ],
          });
        },
      ),
    );
  });

  it('separate the parts with a character that no share code contains', () => {
    expect(codeA).not.toContain('~');
    expect(pair).toBe(`c1~${codeA}~${codeB}~Alex~Sam`);
  });

  it('leave the names out when both are the defaults', () => {
    expect(encodeCompareCode([codeA, codeB], ['Person A', ' '])).toBe(`c1~${codeA}~${codeB}`);
  });

  it('keep a name with spaces, tildes and accents readable after the round trip', () => {
    const code = encodeCompareCode([codeA, codeB], ['Zoë ~ Smith', 'Sam']);
    expect(code).not.toMatch(/~.*~.*~.*~.*~/);
    const decoded = decodeCompareCode(bank, code, DECODER_COPY);
    expect(decoded.ok && decoded.value.map((p) => p.name)).toEqual(['Zoë ~ Smith', 'Sam']);
  });

  it('shorten a long name to the longest name it keeps', () => {
    const decoded = decodeCompareCode(
      bank,
      encodeCompareCode([codeA, codeB], ['x'.repeat(80), '']),
      DECODER_COPY,
    );
    expect(decoded.ok && decoded.value[0].name).toBe('x'.repeat(MAX_NAME_LENGTH));
  });

  it('read a code with its leading # and surrounding spaces', () => {
    expect(decodeCompareCode(bank, ` #${pair} `, DECODER_COPY).ok).toBe(true);
  });
});

describe('decodeCompareCode on bad codes', () => {
  const damaged = `${codeB.slice(0, 8)}${codeB[8] === 'A' ? 'B' : 'A'}${codeB.slice(9)}`;
  it.each([
    ['an empty string', '', 'malformed', null],
    ['words', 'hello there', 'malformed', null],
    ['a single result code', codeA, 'single-result', null],
    ['a comparison from another format', pair.replace(/^c1/, 'c9'), 'other-version', null],
    ['a comparison with only one result', `c1~${codeA}`, 'truncated', null],
    ['a comparison with too many parts', `${pair}~Kim`, 'truncated', null],
    [
      'a comparison whose first result is cut short',
      `c1~${codeA.slice(0, 12)}~${codeB}`,
      'truncated',
      'first',
    ],
    ['a comparison whose second result was edited', `c1~${codeA}~${damaged}`, 'tampered', 'second'],
    [
      'a comparison whose first result is from another bank',
      `c1~${codeA.replace(/^1\.\d+\./, '1.99.')}~${codeB}`,
      'other-version',
      'first',
    ],
    ['a comparison whose second result is not a code', `c1~${codeA}~hello`, 'malformed', 'second'],
    [
      'a comparison with a damaged escape in a name',
      `c1~${codeA}~${codeB}~Al%E0%A4`,
      'bad-name',
      'first',
    ],
    [
      'a comparison with an overlong second name',
      `c1~${codeA}~${codeB}~~${'y'.repeat(31)}`,
      'bad-name',
      'second',
    ],
  ])('reports %s', (_, code, kind, which) => {
    const decoded = decodeCompareCode(bank, code, DECODER_COPY);
    expect(decoded.ok).toBe(false);
    if (decoded.ok) return;
    expect(decoded.error).toMatchObject({ kind, which });
    if (which) expect(decoded.error.message).toContain(`The ${which} person`);
  });

  it('never throws, whatever the code', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc
            .array(fc.oneof(fc.string(), fc.constant(codeA), fc.constant('c1')), { maxLength: 6 })
            .map((p) => p.join('~')),
        ),
        (code) => {
          const decoded = decodeCompareCode(bank, code, DECODER_COPY);
          if (!decoded.ok) expect(decoded.error.message).not.toBe('');
        },
      ),
    );
  });
});

describe('readCompareCodeLinks', () => {
  const shareCode = fc.stringMatching(/^[A-Za-z0-9_.-]{0,40}$/);

  it('gives back the two links a compare code was made of, names or not', () => {
    fc.assert(
      fc.property(shareCode, shareCode, fc.string({ maxLength: 20 }), (first, second, name) => {
        const code = encodeCompareCode([first, second], [name, '']);
        expect(readCompareCodeLinks(code)).toEqual([first.trim(), second.trim()]);
        expect(readCompareCodeLinks(`#${code}`)).toEqual([first.trim(), second.trim()]);
      }),
    );
  });

  it('keeps the good link of a code whose other link is damaged or missing', () => {
    expect(readCompareCodeLinks(`c1~${codeA}~damaged`)).toEqual([codeA, 'damaged']);
    expect(readCompareCodeLinks(`c7~${codeA}`)).toEqual([codeA, '']);
  });

  it('gives two empty links for text that is not a compare code', () => {
    expect(readCompareCodeLinks(codeA)).toEqual(['', '']);
    expect(readCompareCodeLinks('hello~there~you')).toEqual(['', '']);
  });

  it('never throws, and always gives two strings', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const links = readCompareCodeLinks(text);
        expect(links).toHaveLength(2);
        expect(links.every((l) => typeof l === 'string')).toBe(true);
      }),
    );
  });
});

describe('isCompareCode', () => {
  it('tells a compare code of any format from a result code', () => {
    expect(isCompareCode(pair)).toBe(true);
    expect(isCompareCode(` #c7~${codeA}`)).toBe(true);
    expect(isCompareCode(codeA)).toBe(false);
    expect(isCompareCode('c~x')).toBe(false);
  });
});
