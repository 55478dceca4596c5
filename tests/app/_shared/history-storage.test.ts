import { DECODER_COPY } from '@/lib/codecs/decoder-copy';
/** @vitest-environment jsdom */
import {
  CARRY_OVER_KEY,
  carryOverEarlierResult,
  deleteAllHistory,
  deleteHistoryEntry,
  HISTORY_PREFIX,
  readHistoryItems,
  recordInHistory,
  storeEntries,
} from '@/app/_shared/history-storage';
import { RESULT_KEY, writeStored } from '@/app/_shared/progress-storage';
import { makeEntry } from '@/lib/history/history-entry';
import { readStoredHistory } from '@/lib/history/read-stored-history';
import { tinyBank } from '@/tests/fixtures/tiny-bank';

const stamp = { id: tinyBank.id, version: tinyBank.version };
const first = { form: 'full' as const, answers: { 'tech-01': 4, 'speed-1': 'joint' } };
const second = { form: 'short' as const, answers: { 'tech-01': 2 } };
const read = () => readStoredHistory(readHistoryItems(), tinyBank, DECODER_COPY);

beforeEach(() => {
  localStorage.clear();
  vi.restoreAllMocks();
});

describe('recordInHistory', () => {
  it('keeps each finished quiz under a key of its own, with its finish time', () => {
    expect(recordInHistory(stamp, first, new Date('2026-01-01T10:00:00Z'))).toBe(true);
    expect(recordInHistory(stamp, second, new Date('2026-02-01T10:00:00Z'))).toBe(true);
    const keys = Object.keys(localStorage).filter((k) => k.startsWith(HISTORY_PREFIX));
    expect(keys).toHaveLength(2);
    expect(read().entries.map((e) => [e.finishedAt, e.form])).toEqual([
      ['2026-02-01T10:00:00.000Z', 'short'],
      ['2026-01-01T10:00:00.000Z', 'full'],
    ]);
  });

  it('does not add the same answers again when the quiz is finished twice in a row', () => {
    recordInHistory(stamp, first, new Date('2026-01-01T10:00:00Z'));
    recordInHistory(stamp, first, new Date('2026-01-01T10:05:00Z'));
    expect(readHistoryItems()).toHaveLength(1);
  });

  it('carries over the result finished before history was kept, once', () => {
    writeStored(RESULT_KEY, stamp, { ...second, step: 9, finished: true });
    recordInHistory(stamp, first, new Date('2026-03-01T10:00:00Z'));
    expect(read().entries.map((e) => [e.form, e.carriedOver])).toEqual([
      ['full', false],
      ['short', true],
    ]);
    expect(localStorage.getItem(CARRY_OVER_KEY)).not.toBeNull();
  });

  it('returns false and stores nothing when the browser refuses to store', () => {
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    expect(recordInHistory(stamp, first)).toBe(false);
    expect(readHistoryItems()).toEqual([]);
  });
});

describe('carryOverEarlierResult', () => {
  it('does not bring the earlier result back once history has been cleared', () => {
    writeStored(RESULT_KEY, stamp, { ...first, step: 9, finished: true });
    carryOverEarlierResult(new Date('2026-03-01T10:00:00Z'));
    expect(readHistoryItems()).toHaveLength(1);
    localStorage.removeItem(readHistoryItems()[0]!.key);
    carryOverEarlierResult();
    expect(readHistoryItems()).toEqual([]);
  });
});

describe('storeEntries', () => {
  it('removes what it stored when the browser refuses part way, so an import is all or nothing', () => {
    const entries = ['2026-01-01T00:00:00.000Z', '2026-02-01T00:00:00.000Z'].map((at) =>
      makeEntry({ bank: stamp, ...first }, at),
    );
    const setItem = Storage.prototype.setItem;
    let calls = 0;
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(function (this: Storage, k, v) {
      calls += 1;
      if (calls > 1) throw new DOMException('full', 'QuotaExceededError');
      setItem.call(this, k, v);
    });
    expect(storeEntries(entries)).toBe(false);
    expect(readHistoryItems()).toEqual([]);
  });
});

describe('deleteHistoryEntry', () => {
  it('deletes one entry and gives back its stored text, to undo with', () => {
    recordInHistory(stamp, first, new Date('2026-01-01T10:00:00Z'));
    const [item] = readHistoryItems();
    expect(deleteHistoryEntry(item?.id ?? '')).toEqual({ key: item?.key, text: item?.text });
    expect(readHistoryItems()).toHaveLength(0);
  });

  it('says so when there was no such entry', () => {
    expect(deleteHistoryEntry('missing')).toBeNull();
  });
});

describe('deleteAllHistory', () => {
  it('deletes every entry and counts them', () => {
    recordInHistory(stamp, first, new Date('2026-01-01T10:00:00Z'));
    recordInHistory(stamp, second, new Date('2026-02-01T10:00:00Z'));
    expect(deleteAllHistory()).toEqual({ count: 2, left: 0 });
    expect(readHistoryItems()).toHaveLength(0);
  });
});
