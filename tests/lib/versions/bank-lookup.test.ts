import { loadBank, RELEASED_BANK_VERSIONS } from '@/lib/bank/load-bank';
import {
  bankFor,
  currentBankOf,
  describeMissingVersion,
  lookupOf,
  missingVersion,
  withCurrent,
} from '@/lib/versions/bank-lookup';
import {
  CURRENT_VERSION,
  isReleasedVersion,
  RELEASED_VERSIONS,
} from '@/lib/versions/released-versions';
import { tinyBank } from '@/tests/fixtures/tiny-bank';
import { tinyBankOlder } from '@/tests/fixtures/tiny-bank-older';
import { VERSIONS_COPY } from '@/lib/versions/versions-copy';

describe('bank lookups', () => {
  const lookup = lookupOf(tinyBank, tinyBankOlder);

  it('find each bank in hand by its version, and nothing else', () => {
    expect(lookup(3)).toBe(tinyBank);
    expect(lookup(1)).toBe(tinyBankOlder);
    expect(lookup(2)).toBeNull();
  });

  it('give one bank only for its own version and its own id', () => {
    expect(bankFor(tinyBank, 3)).toBe(tinyBank);
    expect(bankFor(tinyBank, 1)).toBeNull();
    expect(bankFor(lookup, 1, 'tiny')).toBe(tinyBankOlder);
    expect(bankFor(lookup, 1, 'role-fit')).toBeNull();
  });

  it('never give a bank of another version than asked, whatever the lookup answers', () => {
    expect(bankFor(() => tinyBank, 2)).toBeNull();
  });

  it('take the current bank from one bank, or from the lookup’s current version', () => {
    expect(currentBankOf(tinyBank)).toBe(tinyBank);
    expect(currentBankOf(lookupOf(tinyBankOlder))).toBeNull();
    expect(currentBankOf(withCurrent(tinyBank, lookupOf(tinyBankOlder)))).toBe(tinyBank);
  });

  it('answer the current bank for its version and the others from the lookup', () => {
    const banks = withCurrent(tinyBank, lookupOf(tinyBankOlder));
    expect(banks(3)).toBe(tinyBank);
    expect(banks(1)).toBe(tinyBankOlder);
    expect(banks(7)).toBeNull();
  });
});

describe('released versions', () => {
  it('are the versions the bank loader holds, the current one the highest', () => {
    expect(RELEASED_VERSIONS).toEqual(RELEASED_BANK_VERSIONS);
    expect(loadBank().version).toBe(CURRENT_VERSION);
    expect(Math.max(...RELEASED_VERSIONS)).toBe(CURRENT_VERSION);
  });

  it('say whether a version was released', () => {
    expect([0, 1, 2, 3].map(isReleasedVersion)).toEqual([false, true, true, false]);
  });
});

describe('describeMissingVersion', () => {
  it('says whether a missing version can still be loaded', () => {
    expect(missingVersion(1)).toEqual({ version: 1, released: true });
    expect(missingVersion(9)).toEqual({ version: 9, released: false });
  });

  it('words a released version not loaded, a newer one and one never released', () => {
    expect([1, 9, 0].map((v) => describeMissingVersion(VERSIONS_COPY.missing, 'This link', v)))
      .toMatchInlineSnapshot(`
      [
        "This link was made with version 1 of the questions, which is not loaded here yet; try again in a moment.",
        "This link was made with a newer version of the quiz (questions version 9; this site has up to version 2), so it cannot be shown here. Open it on the site it came from, or take the quiz here.",
        "This link names questions version 0, which was never released, so it cannot be shown here.",
      ]
    `);
  });
});
