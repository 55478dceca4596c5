import { fillTemplate } from '@/lib/copy/fill-template';
import type { BankSource } from '@/lib/versions/bank-lookup';

import type { DecoderCopy } from './decoder-copy-schema';

import { cleanName, decodeName, MAX_NAME_LENGTH } from './person-name';
import { decodeShareCode, readShareCodeVersion } from './share-code';
import type { ShareBank, ShareCodeProblem, SharedAnswers } from './share-code';

/** Raised whenever the layout of a compare code changes. */
export const COMPARE_FORMAT = 1;

export { cleanName, MAX_NAME_LENGTH } from './person-name';

export const DEFAULT_NAMES = ['Person A', 'Person B'] as const;

/** Which of the two people a problem is about. */
export type Which = 'first' | 'second';

export interface ComparedPerson extends SharedAnswers {
  /** The name to call them by: theirs, or "Person A" / "Person B". */
  readonly name: string;
}

/**
 * A person as read from a compare code: also their own share code, to link to their result, and
 * the bank of their own version, which scores their answers (the two may differ).
 */
export interface DecodedPerson<B extends ShareBank = ShareBank> extends ComparedPerson {
  readonly code: string;
  readonly bank: B;
}

export type CompareCodeProblem =
  'malformed' | 'single-result' | 'other-version' | 'bad-name' | ShareCodeProblem;

/** Why a compare code could not be read: a kind, which person it concerns, and words to show. */
export interface CompareCodeError {
  readonly kind: CompareCodeProblem;
  /** The person whose link or name is bad, or null when the whole code is. */
  readonly which: Which | null;
  readonly message: string;
  /**
   * For 'other-version' of one person: the bank version their link names, or null when their
   * link is of another link format.
   */
  readonly version?: number | null;
  /** For 'other-version' of one person: true when that version was released (load it, decode again). */
  readonly released?: boolean;
}

export type CompareDecoding<B extends ShareBank = ShareBank> =
  | { readonly ok: true; readonly value: readonly [DecodedPerson<B>, DecodedPerson<B>] }
  | { readonly ok: false; readonly error: CompareCodeError };

// `~` is outside the share-code alphabet (base64url and `.`) and is never escaped in a URL, so it
// separates the parts: `c1~<first code>~<second code>[~<first name>[~<second name>]]`. Names are
// percent-encoded, with `~` escaped too.
const SEPARATOR = '~';
const PREFIX = 'c';

/** Encodes two share codes and optional names as one code for the URL fragment of `/compare`. */
export function encodeCompareCode(
  codes: readonly [string, string],
  names: readonly [string, string] = ['', ''],
): string {
  const cleaned = names.map((name, i) => {
    const trimmed = cleanName(name);
    return trimmed === DEFAULT_NAMES[i] ? '' : trimmed;
  });
  const parts = [`${PREFIX}${COMPARE_FORMAT}`, codes[0].trim(), codes[1].trim()];
  if (cleaned[1] !== '') parts.push(encodeName(cleaned[0] ?? ''), encodeName(cleaned[1] ?? ''));
  else if (cleaned[0] !== '') parts.push(encodeName(cleaned[0] ?? ''));
  return parts.join(SEPARATOR);
}

/**
 * The bank versions the two people's links name, read without any bank (phase one of decoding);
 * null for a person whose link is unreadable, both null when the code is not a comparison.
 */
export function readCompareCodeVersions(code: string): readonly [number | null, number | null] {
  const [head = '', first, second] = splitCode(code);
  if (head !== `${PREFIX}${COMPARE_FORMAT}`) return [null, null];
  return [readShareCodeVersion(first ?? ''), readShareCodeVersion(second ?? '')];
}

/**
 * The two people's share codes as a compare code holds them, read or not, so that a comparison
 * that cannot be opened does not lose a good link: "" for a part that is missing, both "" when
 * the text is not a compare code of any format. Never throws.
 */
export function readCompareCodeLinks(code: string): readonly [string, string] {
  if (!isCompareCode(code)) return ['', ''];
  const [, first = '', second = ''] = splitCode(code);
  return [first, second];
}

/** True when the text is a compare code of any format (not necessarily readable), e.g. `c1~…`. */
export function isCompareCode(text: string): boolean {
  return /^c\d+~/.test(text.trim().replace(/^#/, ''));
}

function splitCode(code: string): string[] {
  return code.trim().replace(/^#/, '').split(SEPARATOR);
}

/**
 * Reads a compare code back, each person's answers with the bank of their own version: one bank,
 * or a lookup of banks by version. When the source lacks a person's version the error is
 * 'other-version' with that version. Never throws: every failure is a {@link CompareCodeError},
 * in `words`.
 */
export function decodeCompareCode<B extends ShareBank>(
  source: BankSource<B>,
  code: string,
  words: DecoderCopy,
): CompareDecoding<B> {
  const said = words.compareCode;
  const parts = splitCode(code);
  const [head = '', firstCode, secondCode, ...names] = parts;
  if (parts.length === 1 && /^\d+\.\d+\.[a-z]\./.test(head)) {
    return fail('single-result', null, said.singleResult);
  }
  const format = /^c(\d+)$/.exec(head)?.[1];
  if (format === undefined) return fail('malformed', null, said.malformed);
  if (Number(format) !== COMPARE_FORMAT) {
    return fail(
      'other-version',
      null,
      fillTemplate(said.otherFormat, { format, current: COMPARE_FORMAT }),
    );
  }
  if (firstCode === undefined || secondCode === undefined || names.length > 2) {
    return fail('truncated', null, said.truncated);
  }
  const people: DecodedPerson<B>[] = [];
  for (const [i, which] of (['first', 'second'] as const).entries()) {
    const shareCode = [firstCode, secondCode][i] ?? '';
    const decoded = decodeShareCode(source, shareCode, words);
    if (!decoded.ok) {
      const message = fillTemplate(said.unreadableResult[which], {
        problem: decoded.error.message,
      });
      if (decoded.error.kind !== 'other-version') return fail(decoded.error.kind, which, message);
      const { version, released } = decoded.error;
      return { ok: false, error: { kind: 'other-version', which, message, version, released } };
    }
    const name = decodeName(names[i] ?? '');
    if (name === null) {
      return fail('bad-name', which, fillTemplate(said.badName[which], { max: MAX_NAME_LENGTH }));
    }
    people.push({
      ...decoded.value,
      name: name === '' ? (DEFAULT_NAMES[i] ?? '') : name,
      code: shareCode,
      bank: decoded.bank,
    });
  }
  const [a, b] = people as [DecodedPerson<B>, DecodedPerson<B>];
  return { ok: true, value: [a, b] };
}

function encodeName(name: string): string {
  return encodeURIComponent(name).replace(/~/g, '%7E');
}

function fail(
  kind: CompareCodeProblem,
  which: Which | null,
  message: string,
): { readonly ok: false; readonly error: CompareCodeError } {
  return { ok: false, error: { kind, which, message } };
}
