import fc from 'fast-check';

import { encodeSavedProgress } from '@/lib/codecs/saved-progress-format';
import { encodeStoredEntry, type FinishedSet } from '@/lib/history/history-entry';
import { planCarryOver, planRecording, type HistoryState } from '@/lib/history/plan-recording';

import { entries, sampleEntry, stamp } from './history-arbitraries';

const now = new Date('2026-11-28T10:00:00.000Z');
const finished: FinishedSet = { bank: stamp, form: 'full', answers: { 'tech-01': 3 } };
const earlier: FinishedSet = { bank: stamp, form: 'short', answers: { 'tech-01': 5 } };
const savedResult = (set: FinishedSet) =>
  encodeSavedProgress(set.bank, { form: set.form, answers: set.answers, step: 9, finished: true });
const state = (overrides: Partial<HistoryState> = {}): HistoryState => ({
  stored: [],
  earlierResult: null,
  carryOverDone: true,
  ...overrides,
});

describe('planRecording', () => {
  it('records a finished quiz with the time it was finished', () => {
    const [entry, ...rest] = planRecording(state(), finished, now);
    expect(rest).toEqual([]);
    expect(entry).toMatchObject({ ...finished, finishedAt: now.toISOString(), carriedOver: false });
  });

  it('does not record the same answers twice in a row', () => {
    const first = planRecording(state(), finished, now);
    const again = planRecording(
      state({ stored: first.map(encodeStoredEntry) }),
      finished,
      new Date(now.getTime() + 60_000),
    );
    expect(again).toEqual([]);
  });

  it('records the same answers again once another result came in between', () => {
    const older = sampleEntry('2026-01-01T00:00:00.000Z');
    const newer = planRecording(state(), earlier, new Date('2026-06-01T00:00:00.000Z'));
    const stored = [older, ...newer].map(encodeStoredEntry);
    expect(planRecording(state({ stored }), older, now)).toHaveLength(1);
  });

  it('compares with the newest entry, whatever order the entries are stored in', () => {
    fc.assert(
      fc.property(
        entries(5).filter((list) => list.length > 0),
        (list) => {
          const newest = [...list].sort(
            (a, b) => Date.parse(b.finishedAt) - Date.parse(a.finishedAt),
          )[0]!;
          const later = new Date(Date.parse(newest.finishedAt) + 1000);
          expect(
            planRecording(state({ stored: list.map(encodeStoredEntry) }), newest, later),
          ).toEqual([]);
        },
      ),
    );
  });

  it('carries over the result finished before history was kept, dated just before the new one', () => {
    const plan = planRecording(
      state({ earlierResult: savedResult(earlier), carryOverDone: false }),
      finished,
      now,
    );
    expect(plan.map((e) => [e.form, e.finishedAt, e.carriedOver])).toEqual([
      ['short', '2026-11-28T09:59:59.999Z', true],
      ['full', '2026-11-28T10:00:00.000Z', false],
    ]);
  });

  it('carries over nothing once that has been done, or when the earlier result is the same', () => {
    expect(
      planRecording(state({ earlierResult: savedResult(earlier) }), finished, now),
    ).toHaveLength(1);
    const same = planRecording(
      state({ earlierResult: savedResult(finished), carryOverDone: false }),
      finished,
      now,
    );
    expect(same.map((e) => e.carriedOver)).toEqual([false]);
  });

  it('records the new result even when the stored entries are unreadable', () => {
    const plan = planRecording(
      state({ stored: ['{not json', '[]', '{"finishedAt":"x"}'] }),
      finished,
      now,
    );
    expect(plan).toHaveLength(1);
  });
});

describe('planCarryOver', () => {
  it('skips an earlier result that history already holds', () => {
    const held = encodeStoredEntry(sampleEntry());
    const result = encodeSavedProgress(stamp, {
      form: 'full',
      answers: sampleEntry().answers,
      step: 3,
      finished: true,
    });
    expect(
      planCarryOver(state({ stored: [held], earlierResult: result, carryOverDone: false }), now),
    ).toBeNull();
  });

  it('skips an earlier result that is not readable', () => {
    for (const text of [
      '',
      'null',
      '{"bank":{"id":"x"},"form":"full","answers":{}}',
      '{"bank":{"id":"x","version":1},"form":"full","answers":{"a":[1]}}',
    ]) {
      expect(planCarryOver(state({ earlierResult: text, carryOverDone: false }), now)).toBeNull();
    }
  });
});
