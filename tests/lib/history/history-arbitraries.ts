import fc from 'fast-check';

import { makeEntry, type HistoryEntry } from '@/lib/history/history-entry';
import { answerSet } from '@/tests/fixtures/answer-arbitraries';
import { tinyBank } from '@/tests/fixtures/tiny-bank';

/** This bank version's stamp, as entries carry it. */
export const stamp = { id: tinyBank.id, version: tinyBank.version };

const MIN = Date.UTC(2020, 0, 1);
const MAX = Date.UTC(2035, 11, 31);

/** Any finish time, as the quiz writes it. */
export const finishedAt = fc
  .integer({ min: MIN, max: MAX })
  .map((ms) => new Date(ms).toISOString());

/** Any entry the tiny bank can score. */
export const entry: fc.Arbitrary<HistoryEntry> = fc
  .record({
    answers: answerSet(tinyBank),
    form: fc.constantFrom('short' as const, 'full' as const),
    finishedAt,
    carriedOver: fc.boolean(),
  })
  .map(({ answers, form, finishedAt: at, carriedOver }) =>
    makeEntry({ bank: stamp, form, answers }, at, carriedOver),
  );

/** Entries with distinct ids. */
export const entries = (maxLength = 6) =>
  fc.uniqueArray(entry, { maxLength, selector: (e) => e.id });

/** At least `minLength` entries with distinct ids, and the index of one of them to damage. */
export const entriesWithVictim = (minLength: number) =>
  fc
    .tuple(
      entries(6).filter((list) => list.length >= minLength),
      fc.nat(),
    )
    .map(([list, pick]) => ({ list, victim: pick % list.length }));

/** An entry written in a fixed way, for tests that read sentences. */
export function sampleEntry(at = '2026-11-28T09:30:00.000Z', carriedOver = false): HistoryEntry {
  return makeEntry(
    { bank: stamp, form: 'full', answers: { 'tech-01': 5, 'customer-01': 2, 'speed-1': 'tech' } },
    at,
    carriedOver,
  );
}
