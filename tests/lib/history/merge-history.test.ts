import fc from 'fast-check';

import { mergeHistory } from '@/lib/history/merge-history';

import { entries, sampleEntry } from './history-arbitraries';

describe('mergeHistory', () => {
  it('adds only entries that history does not hold yet', () => {
    const held = sampleEntry('2026-01-01T00:00:00.000Z');
    const fresh = sampleEntry('2026-02-01T00:00:00.000Z');
    expect(mergeHistory([held], [held, fresh, fresh])).toEqual({ added: [fresh], duplicates: 2 });
  });

  it('recognises an entry by its content even when it is stored under another id', () => {
    const held = { ...sampleEntry(), id: 'stored-under-another-key' };
    expect(mergeHistory([held], [sampleEntry()])).toEqual({ added: [], duplicates: 1 });
  });

  it('adds nothing when the same history is imported twice', () => {
    fc.assert(
      fc.property(entries(), entries(), (existing, incoming) => {
        const first = mergeHistory(existing, incoming);
        const second = mergeHistory([...existing, ...first.added], incoming);
        expect(second).toEqual({ added: [], duplicates: incoming.length });
      }),
    );
  });
});
