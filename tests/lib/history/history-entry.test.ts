import fc from 'fast-check';

import {
  compareNewestFirst,
  encodeStoredEntry,
  entryId,
  makeEntry,
} from '@/lib/history/history-entry';

import { entry, sampleEntry, stamp } from './history-arbitraries';

describe('entryId', () => {
  const finished = '2026-11-28T09:30:00.000Z';

  it('gives the same id to the same result, whatever the order of its answers', () => {
    const a = makeEntry(
      { bank: stamp, form: 'full', answers: { 'tech-01': 4, 'lead-01': 2 } },
      finished,
    );
    const b = makeEntry(
      { bank: stamp, form: 'full', answers: { 'lead-01': 2, 'tech-01': 4 } },
      finished,
    );
    expect(a.id).toBe(b.id);
  });

  it('gives another id when one answer, the form or the finish time differs', () => {
    const base = sampleEntry();
    expect(entryId({ ...base, answers: { ...base.answers, 'tech-01': 4 } })).not.toBe(base.id);
    expect(entryId({ ...base, form: 'short' })).not.toBe(base.id);
    expect(entryId({ ...base, finishedAt: '2026-11-28T09:30:00.001Z' })).not.toBe(base.id);
  });

  it('starts with the finish time, so that ids sort by time', () => {
    fc.assert(
      fc.property(entry, entry, (a, b) => {
        const byTime = Date.parse(a.finishedAt) - Date.parse(b.finishedAt);
        const prefix = (id: string) => id.split('-')[0] ?? '';
        if (byTime < 0) expect(prefix(a.id) < prefix(b.id)).toBe(true);
        if (byTime > 0) expect(prefix(a.id) > prefix(b.id)).toBe(true);
      }),
    );
  });
});

describe('encodeStoredEntry', () => {
  it('writes the format stamp, the fields in a fixed order and sorted answers', () => {
    expect(encodeStoredEntry(sampleEntry())).toMatchInlineSnapshot(
      `"{"format":1,"finishedAt":"2026-11-28T09:30:00.000Z","bank":{"id":"tiny","version":3},"form":"full","answers":{"customer-01":2,"speed-1":"tech","tech-01":5}}"`,
    );
  });

  it('marks a carried-over entry, and only that one', () => {
    expect(encodeStoredEntry(sampleEntry(undefined, true))).toContain('"carriedOver":true');
    expect(encodeStoredEntry(sampleEntry())).not.toContain('carriedOver');
  });
});

describe('compareNewestFirst', () => {
  it('puts the latest finish first', () => {
    const older = sampleEntry('2026-01-01T00:00:00.000Z');
    const newer = sampleEntry('2026-06-01T00:00:00.000Z');
    expect([older, newer].sort(compareNewestFirst)).toEqual([newer, older]);
  });
});
