import fc from 'fast-check';

import { DECODER_COPY } from '@/lib/codecs/decoder-copy';
import { decodeHistoryFile } from '@/lib/history/decode-history-file';
import { encodeHistoryFile, HISTORY_FILE_MAX_BYTES } from '@/lib/history/history-file';
import { outsideText } from '@/tests/fixtures/outside-text';
import { tinyBank } from '@/tests/fixtures/tiny-bank';

import { entries, entriesWithVictim, sampleEntry, stamp } from './history-arbitraries';

const decode = (text: string) => decodeHistoryFile(text, tinyBank, DECODER_COPY);
const exportedAt = '2026-11-28T12:00:00.000Z';

describe('encodeHistoryFile', () => {
  it('writes the format, its version, the export time and every entry', () => {
    expect(encodeHistoryFile([sampleEntry(undefined, true)], exportedAt)).toMatchInlineSnapshot(`
      "{
        "format": "role-fit-history",
        "formatVersion": 1,
        "exportedAt": "2026-11-28T12:00:00.000Z",
        "entries": [
          {
            "finishedAt": "2026-11-28T09:30:00.000Z",
            "bank": {
              "id": "tiny",
              "version": 3
            },
            "form": "full",
            "answers": {
              "customer-01": 2,
              "speed-1": "tech",
              "tech-01": 5
            },
            "carriedOver": true
          }
        ]
      }
      "
    `);
  });
});

describe('decodeHistoryFile', () => {
  it('reads back every entry it was given (export, then import)', () => {
    fc.assert(
      fc.property(entries(), (list) => {
        expect(decode(encodeHistoryFile(list, exportedAt))).toEqual({
          ok: true,
          value: { entries: list, problems: [] },
        });
      }),
    );
  });

  it('never throws, whatever the text', () => {
    fc.assert(
      fc.property(outsideText(), (text) => {
        const result = decode(text);
        expect(result.ok ? result.value.entries : result.problems).toBeInstanceOf(Array);
      }),
    );
  });

  it('never throws on a history file with arbitrary entries', () => {
    fc.assert(
      fc.property(fc.array(fc.jsonValue()), (list) => {
        const text = JSON.stringify({
          format: 'role-fit-history',
          formatVersion: 1,
          entries: list,
        });
        const result = decode(text);
        if (result.ok)
          expect(result.value.entries.length + result.value.problems.length).toBeGreaterThanOrEqual(
            0,
          );
        else expect(result.problems.length).toBeGreaterThan(0);
      }),
    );
  });

  it('keeps every other entry when one is corrupted, and names the bad one', () => {
    fc.assert(
      fc.property(entriesWithVictim(2), fc.jsonValue(), ({ list, victim }, garbage) => {
        const file = JSON.parse(encodeHistoryFile(list, exportedAt)) as { entries: unknown[] };
        file.entries[victim] = garbage;
        const result = decode(JSON.stringify(file));
        expect(result.ok).toBe(true);
        if (!result.ok) return;
        const others = list.filter((_, i) => i !== victim);
        expect(result.value.entries).toEqual(expect.arrayContaining(others));
        if (result.value.entries.length === others.length) {
          expect(result.value.problems.every((p) => p.startsWith(`entry ${victim + 1}: `))).toBe(
            true,
          );
          expect(result.value.problems.length).toBeGreaterThan(0);
        }
      }),
    );
  });

  it('refuses a file that is too large, before reading it', () => {
    const result = decode(' '.repeat(HISTORY_FILE_MAX_BYTES + 1));
    expect(result).toEqual({
      ok: false,
      problems: [`the file is ${HISTORY_FILE_MAX_BYTES + 1} bytes; a history file is at most 5 MB`],
    });
  });

  it('refuses text that is not JSON, and JSON that is not a history file', () => {
    expect(decode('')).toEqual({ ok: false, problems: ['the file is empty'] });
    expect(decode('{')).toMatchObject({
      ok: false,
      problems: [expect.stringMatching(/^is not valid JSON/)],
    });
    expect(decode('[]')).toEqual({
      ok: false,
      problems: ['is not a Role Fit history file: it must be a JSON object'],
    });
    expect(decode('{"format":"something-else"}')).toEqual({
      ok: false,
      problems: [
        'is not a Role Fit history file: its format is "something-else", not "role-fit-history"',
      ],
    });
    expect(decode('{"format":"role-fit-export","formatVersion":1}')).toEqual({
      ok: false,
      problems: [
        'is a single exported result, not a history file: open it on the results page instead',
      ],
    });
    expect(decode('{"format":"role-fit-history","formatVersion":2,"entries":[]}')).toEqual({
      ok: false,
      problems: ['uses history file version 2; this version of Role Fit reads version 1'],
    });
  });

  it('refuses __proto__, constructor and prototype keys in every entry, naming where', () => {
    const text =
      '{"format":"role-fit-history","formatVersion":1,"entries":[{"answers":{"__proto__":{"polluted":true}}},{"constructor":{"prototype":1}}]}';
    expect(decode(text)).toEqual({
      ok: false,
      problems: [
        'entry 1: answers.__proto__: a "__proto__" key is not allowed',
        'entry 2: constructor: a "constructor" key is not allowed',
        'entry 2: constructor.prototype: a "prototype" key is not allowed',
      ],
    });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('leaves out only the entry that holds such a key, and keeps the others', () => {
    const good = sampleEntry();
    const file = JSON.parse(encodeHistoryFile([good], exportedAt)) as { entries: unknown[] };
    const text = JSON.stringify(file).replace(
      '"entries":[',
      '"entries":[{"answers":{"__proto__":{"polluted":true}}},',
    );
    expect(decode(text)).toEqual({
      ok: true,
      value: {
        entries: [good],
        problems: ['entry 1: answers.__proto__: a "__proto__" key is not allowed'],
      },
    });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('refuses the whole file for such a key outside its entries', () => {
    const text = '{"format":"role-fit-history","formatVersion":1,"entries":[],"__proto__":{}}';
    expect(decode(text)).toEqual({
      ok: false,
      problems: ['__proto__: a "__proto__" key is not allowed'],
    });
  });

  it('lists every problem of the file itself and of each entry', () => {
    const good = JSON.parse(encodeHistoryFile([sampleEntry()], exportedAt)) as {
      entries: object[];
    };
    const text = JSON.stringify({
      format: 'role-fit-history',
      formatVersion: 1,
      exportedAt,
      entries: [
        good.entries[0],
        { ...good.entries[0], form: 'long', answers: { 'tech-01': 0 } },
        { ...good.entries[0], answers: { 'no-such-question': 3 } },
        'not an entry',
      ],
    });
    expect(decode(text)).toEqual({
      ok: true,
      value: {
        entries: [sampleEntry()],
        problems: [
          'entry 2: form: must be "short" or "full"',
          'entry 2: answers: question "tech-01" needs a whole number from 1 to 5 or an option id',
          'entry 3: answers: question "no-such-question" is not a question in this bank',
          'entry 4: must be an object with the fields of a result',
        ],
      },
    });
    expect(
      decode(
        JSON.stringify({ format: 'role-fit-history', formatVersion: 1, extra: 1, entries: {} }),
      ),
    ).toEqual({
      ok: false,
      problems: ['has unknown fields "extra"', 'entries: must be a list of results'],
    });
  });

  it('refuses a file whose entries are all unreadable, and accepts an empty one', () => {
    expect(
      decode(JSON.stringify({ format: 'role-fit-history', formatVersion: 1, entries: [{}] })),
    ).toMatchObject({ ok: false });
    expect(
      decode(JSON.stringify({ format: 'role-fit-history', formatVersion: 1, entries: [] })),
    ).toEqual({
      ok: true,
      value: { entries: [], problems: [] },
    });
  });

  it('keeps entries of another bank version without checking their answers', () => {
    const old = { ...sampleEntry(), bank: { ...stamp, version: 1 }, answers: { 'gone-01': 2 } };
    const result = decode(encodeHistoryFile([old], exportedAt));
    expect(result.ok && result.value.entries[0]?.bank).toEqual({ id: 'tiny', version: 1 });
  });
});
