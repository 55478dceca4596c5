import { loadBank } from '@/lib/bank/load-bank';
import {
  chooseShownAnswers,
  describeShownSource,
  describeUnreadableSaved,
} from '@/lib/codecs/shown-result';
import { RESULT_COPY } from '@/lib/report/copy/result-copy';
import { ENGLISH_WORDS } from '@/tests/support/english-words';

const bank = loadBank();
const imported = { form: 'short' as const, answers: { a: 1 }, bank };
const shared = { ok: true as const, value: { form: 'full' as const, answers: { b: 2 } }, bank };
const brokenLink = {
  ok: false as const,
  error: { kind: 'malformed' as const, message: 'This link is not a Role Fit result.' },
};
const saved = {
  decoding: {
    status: 'restored' as const,
    progress: {
      form: 'full' as const,
      answers: { c: 3 },
      step: 9,
      finished: true,
      timing: [{ statements: 4, seconds: 20 }],
    },
    dropped: [],
  },
  bank,
};

describe('chooseShownAnswers', () => {
  it('shows an opened export file before anything else', () => {
    expect(chooseShownAnswers({ imported, shared, saved })?.source).toBe('imported');
  });

  it('shows a readable share link before the saved result', () => {
    expect(chooseShownAnswers({ imported: null, shared, saved })).toEqual({
      form: 'full',
      answers: { b: 2 },
      bank,
      source: 'shared',
    });
  });

  it('never replaces a broken link with the saved result', () => {
    expect(chooseShownAnswers({ imported: null, shared: brokenLink, saved })).toBeNull();
  });

  it('shows the saved result with its step times when there is no link', () => {
    expect(chooseShownAnswers({ imported: null, shared: null, saved })).toMatchObject({
      source: 'saved',
      answers: { c: 3 },
      timing: [{ statements: 4, seconds: 20 }],
    });
  });

  it('shows nothing when the saved result cannot be read', () => {
    const unreadable = { decoding: { status: 'corrupted' as const, detail: 'not JSON' }, bank };
    expect(chooseShownAnswers({ imported: null, shared: null, saved: unreadable })).toBeNull();
  });
});

describe('describeUnreadableSaved', () => {
  it('says why a saved result could not be read and that a copy was kept', () => {
    expect(
      describeUnreadableSaved(RESULT_COPY.page, { status: 'corrupted', detail: 'it is not JSON' }),
    ).toBe(
      'Your saved result could not be read: it is not JSON. A copy was kept aside in this browser.',
    );
    expect(describeUnreadableSaved(RESULT_COPY.page, saved.decoding)).toBeNull();
  });
});

describe('describeShownSource', () => {
  it('names where a result comes from and its form', () => {
    expect(describeShownSource(ENGLISH_WORDS, { source: 'shared', form: 'short' })).toBe(
      'A shared result · short form',
    );
  });
});
