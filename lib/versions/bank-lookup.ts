import { fillTemplate } from '@/lib/copy/fill-template';

import { CURRENT_VERSION, isReleasedVersion } from './released-versions';
import type { VersionsCopy } from './copy-schema';

/** What every versioned decoder needs of a bank: its version, and its id when it has one. */
export interface VersionedBank {
  readonly id?: string;
  readonly version: number;
}

/**
 * The bank of a version, or null when it is not loaded (yet) or was never released. Decoders
 * take one to read a result with the bank of its own version; the browser loads older banks on
 * demand and decodes again.
 */
export type BankLookup<B> = (version: number) => B | null;

/** One bank (only results of its version can be read), or a lookup of banks by version. */
export type BankSource<B> = B | BankLookup<B>;

/** A lookup over the banks in hand: each answers for its own version. */
export function lookupOf<B extends VersionedBank>(...banks: readonly B[]): BankLookup<B> {
  return (version) => banks.find((bank) => bank.version === version) ?? null;
}

/** The bank of `version` in the source, or null; a bank with another id than `id` does not count. */
export function bankFor<B extends VersionedBank>(
  source: BankSource<B>,
  version: number,
  id?: string,
): B | null {
  const bank = typeof source === 'function' ? source(version) : source;
  if (!bank || bank.version !== version) return null;
  return id !== undefined && bank.id !== undefined && bank.id !== id ? null : bank;
}

/**
 * The bank a result without a version stamp belongs to: the one bank given, or the lookup's
 * current version.
 */
export function currentBankOf<B extends VersionedBank>(source: BankSource<B>): B | null {
  return typeof source === 'function' ? source(CURRENT_VERSION) : source;
}

/** Why a result of `version` cannot be read with the source: it names the version for the caller. */
export interface MissingVersion {
  /** The bank version the result names. */
  readonly version: number;
  /** True when that version was released: load its bank and decode again. */
  readonly released: boolean;
}

/** Describes a version the source has no bank for. */
export function missingVersion(version: number): MissingVersion {
  return { version, released: isReleasedVersion(version) };
}

/**
 * Words for a result whose bank version cannot be read here, e.g. `This link` + version 7:
 * "This link was made with a newer version of the quiz (questions version 7) …".
 */
export function describeMissingVersion(
  words: VersionsCopy['missing'],
  what: string,
  version: number,
): string {
  const template = isReleasedVersion(version)
    ? words.notLoaded
    : version > CURRENT_VERSION
      ? words.newer
      : words.neverReleased;
  return fillTemplate(template, { what, version, current: CURRENT_VERSION });
}

/**
 * A lookup that answers `current` for the current version (and for its own), and `others` for
 * every other version: how a caller holding the current bank still reads every released one.
 */
export function withCurrent<B extends VersionedBank>(
  current: B,
  others: BankLookup<B>,
): BankLookup<B> {
  return (version) =>
    version === current.version || version === CURRENT_VERSION ? current : others(version);
}
