import fc from 'fast-check';

import { DECODER_COPY } from '@/lib/codecs/decoder-copy';
import { readJsonFile, refuseLargeFile } from '@/lib/codecs/read-json-file';

const limits = { maxBytes: 2_000_000, kind: 'a test file' };

describe('readJsonFile', () => {
  it('gives back the parsed value of a small, clean JSON file', () => {
    expect(readJsonFile('{"a": [1, {"b": null}]}', limits, DECODER_COPY)).toEqual({
      ok: true,
      value: { a: [1, { b: null }] },
    });
  });

  it('names the size in megabytes when a file is clearly too large', () => {
    expect(readJsonFile(' '.repeat(3_100_000), limits, DECODER_COPY)).toEqual({
      ok: false,
      problems: ['the file is 3.1 MB; a test file is at most 2 MB'],
    });
  });

  it('names the size in bytes when megabytes would round to the limit itself', () => {
    expect(readJsonFile(' '.repeat(2_000_001), limits, DECODER_COPY)).toEqual({
      ok: false,
      problems: ['the file is 2000001 bytes; a test file is at most 2 MB'],
    });
  });

  it('counts characters outside ASCII by their UTF-8 bytes', () => {
    const text = `"${'é'.repeat(10)}"`;
    expect(readJsonFile(text, { maxBytes: 21, kind: 'a test file' }, DECODER_COPY).ok).toBe(false);
    expect(readJsonFile(text, { maxBytes: 22, kind: 'a test file' }, DECODER_COPY).ok).toBe(true);
  });

  it('refuses empty text and text that is not JSON', () => {
    expect(readJsonFile('  ', limits, DECODER_COPY)).toEqual({
      ok: false,
      problems: ['the file is empty'],
    });
    expect(readJsonFile('{', limits, DECODER_COPY)).toMatchObject({
      ok: false,
      problems: [expect.stringMatching(/^is not valid JSON/)],
    });
  });

  it('names every key that could reach a prototype, at any depth', () => {
    expect(
      readJsonFile('{"a": {"__proto__": 1}, "b": [{"constructor": 2}]}', limits, DECODER_COPY),
    ).toEqual({
      ok: false,
      problems: [
        'a.__proto__: a "__proto__" key is not allowed',
        'b[0].constructor: a "constructor" key is not allowed',
      ],
    });
  });

  it('never throws, whatever the text', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json()), (text) => {
        const result = readJsonFile(text, limits, DECODER_COPY);
        expect(typeof result.ok).toBe('boolean');
      }),
    );
  });
});

describe('refuseLargeFile', () => {
  it('refuses a file over the limit unread, by its size', () => {
    expect(
      refuseLargeFile(1_100_000, { maxBytes: 1_000_000, kind: 'an export' }, DECODER_COPY),
    ).toBe('the file is 1.1 MB; an export is at most 1 MB, so it was not read');
  });

  it('lets a file within the limit be read', () => {
    fc.assert(
      fc.property(fc.nat(5_000_000), (bytes) => {
        expect(
          refuseLargeFile(bytes, { maxBytes: 5_000_000, kind: 'a history file' }, DECODER_COPY),
        ).toBeNull();
      }),
    );
  });
});
