import fc from 'fast-check';

import { DECODER_COPY } from '@/lib/codecs/decoder-copy';
import { decodeAnswersFile } from '@/lib/codecs/answers-file';
import { answerSet, anyForm } from '@/tests/fixtures/answer-arbitraries';
import { outsideText } from '@/tests/fixtures/outside-text';
import { tinyBank } from '@/tests/fixtures/tiny-bank';

const decode = (text: string) => decodeAnswersFile(tinyBank, text, DECODER_COPY);

describe('decodeAnswersFile', () => {
  it('reads answers and defaults to the full form', () => {
    expect(decode('{"answers": {"tech-01": 4, "speed-1": "joint"}}')).toEqual({
      ok: true,
      value: { answers: { 'tech-01': 4, 'speed-1': 'joint' }, form: 'full', bank: tinyBank },
    });
  });

  it('reads the form when given', () => {
    const result = decode('{"answers": {}, "form": "short"}');
    expect(result.ok && result.value.form).toBe('short');
  });

  it.each([
    ['an empty file', '', 'the file is empty'],
    ['blank space', '  \n', 'the file is empty'],
    ['text that is not JSON', 'answers: 4', /^is not valid JSON \(/],
    ['a list', '[1, 2]', /^must be an object with an "answers" field/],
    [
      'a missing answers field',
      '{}',
      /^answers: must be an object that maps question ids to answers/,
    ],
    ['answers that are a list', '{"answers": [4]}', /^answers: must be an object/],
    ['an unknown field', '{"answers": {}, "score": 90}', /score/],
    ['an unknown form', '{"answers": {}, "form": "medium"}', /^form: /],
    [
      'an unknown question',
      '{"answers": {"nope-01": 3}}',
      'question "nope-01" is not a question in this bank',
    ],
    [
      'a value out of range',
      '{"answers": {"tech-01": 0}}',
      'question "tech-01" needs a whole number from 1 to 5, got 0',
    ],
    [
      'an unknown option',
      '{"answers": {"speed-1": "x"}}',
      /^question "speed-1" needs one of the option ids/,
    ],
    [
      'a __proto__ key',
      '{"answers": {"__proto__": 3}}',
      'question "__proto__" is not a question in this bank',
    ],
  ])('rejects %s with a readable problem', (_, text, expected) => {
    const result = decode(text);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems[0]).toMatch(
      expected instanceof RegExp ? expected : new RegExp(`^${escape(expected)}$`),
    );
  });

  it('lists every bad answer, not just the first', () => {
    const result = decode('{"answers": {"tech-01": 9, "tech-02": 0}}');
    expect(result.ok ? [] : result.problems).toHaveLength(2);
  });

  it('gives back exactly the answers it was given, for every valid answer set', () => {
    fc.assert(
      fc.property(answerSet(tinyBank), anyForm, (answers, form) => {
        expect(decode(JSON.stringify({ answers, form }))).toEqual({
          ok: true,
          value: { answers, form, bank: tinyBank },
        });
      }),
    );
  });

  it('never throws, whatever the text', () => {
    fc.assert(
      fc.property(
        outsideText((v) => ({ answers: v })),
        (text) => {
          const result = decode(text);
          expect(typeof result.ok).toBe('boolean');
        },
      ),
    );
  });
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
