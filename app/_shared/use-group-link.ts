import { useDeferredValue, useEffect, useMemo, useState } from 'react';

import type { QuestionBank } from '@/lib/bank/schema';
import type { DecoderCopy } from '@/lib/codecs/decoder-copy-schema';
import type { BankLookup } from '@/lib/versions/bank-lookup';

import { useWords } from './page-words';
import { useRawHash } from './use-raw-hash';
import { useReleasedBanks } from './use-released-banks';

/** What a decoder of a group link (a comparison, a team) answers: its value, or why not. */
type Decoding = { readonly ok: true } | { readonly ok: false; readonly error: { kind: string } };

/** A group page's link and what it is doing with it. */
export interface GroupLink<D extends Decoding, E> {
  /** The fragment, or undefined before hydration. */
  readonly hash: string | undefined;
  /** True until the fragment is read and every bank it names is in hand. */
  readonly loading: boolean;
  /** The decoded link, or null when there is none. */
  readonly decoded: D | null;
  /** What the person is changing in the form, or null while the link is shown. */
  readonly editing: E | null;
  readonly setEditing: (start: E | null) => void;
  /** True when the link holds a single result: the form starts with it. */
  readonly startsWithOneResult: boolean;
  /** Shows another link in this page, at the top. */
  readonly open: (code: string) => void;
}

/**
 * Reads a group link from the fragment, each result with the bank of its own version (an
 * earlier one fetched when first needed). The fragment is read right after hydration, which React
 * does in one uninterruptible task; what it leads to renders as deferred work, in slices that let
 * the browser paint and respond in between (decision 011).
 */
export function useGroupLink<D extends Decoding, E>(
  bank: QuestionBank,
  readVersions: (code: string) => readonly (number | null)[],
  decode: (lookup: BankLookup<QuestionBank>, code: string, words: DecoderCopy) => D,
): GroupLink<D, E> {
  const words = useWords('decoders');
  const hash = useDeferredValue(useRawHash());
  const [editing, setEditing] = useState<E | null>(null);
  const banks = useReleasedBanks(bank, hash ? readVersions(hash) : []);
  const decoded = useMemo(
    () => (hash && !banks.loading ? decode(banks.lookup, hash, words) : null),
    [hash, banks.loading, banks.lookup, decode, words],
  );

  // Arriving from the results page with one result, the person starts at the top of the form:
  // Next keeps the scroll position for a link whose fragment names no element, which on a phone
  // left them half-way down, past the header and the first field.
  const startsWithOneResult =
    !editing && decoded !== null && !decoded.ok && decoded.error.kind === 'single-result';
  useEffect(() => {
    if (startsWithOneResult) window.scrollTo(0, 0);
  }, [startsWithOneResult]);

  const open = (code: string) => {
    setEditing(null);
    if (window.location.hash.replace(/^#/, '') === code) return;
    window.location.hash = code;
    window.scrollTo(0, 0);
  };

  return {
    hash,
    loading: hash === undefined || banks.loading,
    decoded,
    editing,
    setEditing,
    startsWithOneResult,
    open,
  };
}
