import { DECODER_COPY } from '@/lib/codecs/decoder-copy';
import fc from 'fast-check';

import { encodeStoredEntry } from '@/lib/history/history-entry';
import { readStoredHistory } from '@/lib/history/read-stored-history';
import { tinyBank } from '@/tests/fixtures/tiny-bank';

import { entries, entriesWithVictim, sampleEntry, stamp } from './history-arbitraries';

const read = (items: { id: string; text: string }[]) =>
  readStoredHistory(items, tinyBank, DECODER_COPY);
const stored = (e: ReturnType<typeof sampleEntry>) => ({ id: e.id, text: encodeStoredEntry(e) });

describe('readStoredHistory', () => {
  it('reads back every stored entry, newest first', () => {
    fc.assert(
      fc.property(entries(), (list) => {
        const result = read(list.map(stored));
        expect(result.unreadable).toEqual([]);
        expect(result.entries).toHaveLength(list.length);
        const byId = new Map(list.map((e) => [e.id, e]));
        for (const e of result.entries) expect(e).toEqual(byId.get(e.id));
        const times = result.entries.map((e) => Date.parse(e.finishedAt));
        expect(times).toEqual([...times].sort((a, b) => b - a));
      }),
    );
  });

  it('keeps every other entry when one is corrupted, and lists that one with its key', () => {
    fc.assert(
      fc.property(entriesWithVictim(1), fc.string(), ({ list, victim }, garbage) => {
        const items = list.map(stored);
        const damaged = items.map((item, i) => (i === victim ? { ...item, text: garbage } : item));
        const result = read(damaged);
        const others = list.filter((_, i) => i !== victim).map((e) => e.id);
        // A random string is almost never a valid entry; if it is, it is read like any other.
        expect(result.entries.map((e) => e.id)).toEqual(expect.arrayContaining(others));
        expect(result.entries.length + result.unreadable.length).toBe(list.length);
        for (const u of result.unreadable)
          expect(u).toMatchObject({ id: items[victim]?.id, text: garbage });
      }),
    );
  });

  it('never throws, whatever is stored', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ id: fc.string(), text: fc.oneof(fc.string(), fc.json()) })),
        (items) => {
          const result = read(items);
          expect(result.entries.length + result.unreadable.length).toBe(items.length);
        },
      ),
    );
  });

  it('says why an entry cannot be read', () => {
    const entry = sampleEntry();
    const valid = JSON.parse(encodeStoredEntry(entry)) as Record<string, unknown>;
    const reasons = (text: string) => read([{ id: 'x', text }]).unreadable.map((u) => u.reason);
    expect(reasons('{"format":1,')).toEqual(['it is not valid JSON']);
    expect(reasons('[1,2]')).toEqual(['it is not a saved result']);
    expect(reasons(JSON.stringify({ ...valid, format: 7 }))).toEqual([
      'it was saved in format 7 by another version of Role Fit; this version reads format 1',
    ]);
    expect(reasons(JSON.stringify({ ...valid, form: 'medium', finishedAt: 'yesterday' }))).toEqual([
      'finishedAt: must be a date and time such as "2026-11-28T09:30:00.000Z"; form: must be "short" or "full"',
    ]);
    expect(reasons(JSON.stringify({ ...valid, answers: { 'tech-01': 9 } }))).toEqual([
      'answers: question "tech-01" needs a whole number from 1 to 5 or an option id',
    ]);
    expect(reasons(JSON.stringify({ ...valid, answers: { 'gone-01': 3 } }))).toEqual([
      'answers: question "gone-01" is not a question in this bank',
    ]);
    expect(reasons(JSON.stringify({ ...valid, colour: 'red' }))).toEqual([
      'an unknown field "colour"',
    ]);
    expect(reasons('{"format":1,"answers":{"__proto__":{"x":1}}}')).toEqual([
      'it holds a "__proto__", "constructor" or "prototype" key, which is not allowed',
    ]);
  });

  it('keeps an entry of another bank version, unchecked against these questions', () => {
    const old = { ...sampleEntry(), bank: { ...stamp, version: 1 }, answers: { 'gone-01': 3 } };
    const result = read([stored(old)]);
    expect(result.unreadable).toEqual([]);
    expect(result.entries[0]?.bank).toEqual({ id: 'tiny', version: 1 });
  });

  it('names an entry by its storage key, so that deleting it removes what was read', () => {
    const result = read([{ id: 'renamed', text: encodeStoredEntry(sampleEntry()) }]);
    expect(result.entries[0]?.id).toBe('renamed');
  });
});
