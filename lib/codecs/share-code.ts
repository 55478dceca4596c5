import type { AnswerableQuestion } from '@/lib/answers/find-answer-problems';
import type { AnswerValue, Answers, Form } from '@/lib/answers/schema';
import {
  bankFor,
  describeMissingVersion,
  missingVersion,
  type BankSource,
} from '@/lib/versions/bank-lookup';
import { fillTemplate } from '@/lib/copy/fill-template';

import type { DecoderCopy } from './decoder-copy-schema';

/** Raised whenever the layout of a share code changes. */
export const SHARE_FORMAT = 1;

/** The questions a share code is read against, in bank order; their order is part of the code. */
export interface ShareBank {
  readonly version: number;
  readonly questions: readonly AnswerableQuestion[];
}

export interface SharedAnswers {
  readonly form: Form;
  readonly answers: Answers;
}

export type ShareCodeProblem = 'malformed' | 'truncated' | 'tampered' | 'other-version';

/** Why a share code could not be read, as a kind for the page to act on and words to show. */
export type ShareCodeError =
  | { readonly kind: Exclude<ShareCodeProblem, 'other-version'>; readonly message: string }
  | {
      readonly kind: 'other-version';
      readonly message: string;
      /**
       * The bank version the code names, or null when the code itself is of another link format
       * (made by a newer site).
       */
      readonly version: number | null;
      /** True when that version was released: load its bank and decode again. */
      readonly released: boolean;
    };

/** The answers of a code and the bank of its own version, which scores them. */
export type ShareDecoding<B extends ShareBank = ShareBank> =
  | { readonly ok: true; readonly value: SharedAnswers; readonly bank: B }
  | { readonly ok: false; readonly error: ShareCodeError };

// Each question is one digit in base 6 (0 unanswered, then the Likert value or the option's
// position); two digits make one base64url character, so a full answer set of n questions takes
// n/2 characters. A checksum over the rest catches edits and damaged copies.
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const BASE = 6;
const FORM_LETTER: Record<Form, string> = { full: 'f', short: 's' };

/** Encodes answers as a compact, versioned code for the URL fragment, e.g. `1.1.f.Q2xh….Kp`. */
export function encodeShareCode(bank: ShareBank, shared: SharedAnswers): string {
  const digits = bank.questions.map((q) => digitFor(q, shared.answers[q.id]));
  let payload = '';
  for (let i = 0; i < digits.length; i += 2) {
    payload += ALPHABET[(digits[i] ?? 0) * BASE + (digits[i + 1] ?? 0)];
  }
  const body = `${SHARE_FORMAT}.${bank.version}.${FORM_LETTER[shared.form]}.${payload}`;
  return `${body}.${checksum(body)}`;
}

/**
 * The bank version a share code names, read without any bank (phase one of decoding); null when
 * it is not a share code of a format this site reads.
 */
export function readShareCodeVersion(code: string): number | null {
  const match = /^(\d+)\.(\d+)\./.exec(code.trim().replace(/^#/, ''));
  if (!match || Number(match[1]) !== SHARE_FORMAT) return null;
  const version = Number(match[2]);
  return Number.isSafeInteger(version) ? version : null;
}

/**
 * Reads a share code back with the bank of the version it names: one bank, or a lookup of
 * banks by version. When the source has no bank of that version the error is 'other-version'
 * with the version, so the caller can load that bank and decode again. Never throws: every
 * failure is a {@link ShareCodeError}, in `words`.
 */
export function decodeShareCode<B extends ShareBank>(
  source: BankSource<B>,
  code: string,
  words: DecoderCopy,
): ShareDecoding<B> {
  const said = words.shareCode;
  const parts = code.trim().replace(/^#/, '').split('.');
  if (parts.length !== 5 || parts.some((p) => p === '')) {
    return parts.length < 5 && parts.length > 1 && /^\d+$/.test(parts[0] ?? '')
      ? fail('truncated', said.truncated)
      : fail('malformed', said.malformed);
  }
  const [format, version, formLetter, payload, check] = parts as [
    string,
    string,
    string,
    string,
    string,
  ];
  if (!/^\d+$/.test(format) || !/^\d+$/.test(version)) {
    return fail('malformed', said.malformed);
  }
  if (Number(format) !== SHARE_FORMAT) {
    return {
      ok: false,
      error: {
        kind: 'other-version',
        version: null,
        released: false,
        message: fillTemplate(said.otherFormat, { format, current: SHARE_FORMAT }),
      },
    };
  }
  const bank = bankFor(source, Number(version));
  if (!bank) {
    return {
      ok: false,
      error: {
        kind: 'other-version',
        ...missingVersion(Number(version)),
        message: describeMissingVersion(said.missing, '', Number(version)),
      },
    };
  }
  const expectedLength = Math.ceil(bank.questions.length / 2);
  if (payload.length < expectedLength || check.length < 2) {
    return fail('truncated', said.truncated);
  }
  if (
    checksum(`${format}.${version}.${formLetter}.${payload}`) !== check ||
    payload.length !== expectedLength
  ) {
    return fail('tampered', said.tampered);
  }
  const form = formLetter === 'f' ? 'full' : formLetter === 's' ? 'short' : null;
  if (!form) return fail('malformed', said.malformed);

  const answers: Record<string, AnswerValue> = {};
  for (let i = 0; i < bank.questions.length; i++) {
    const symbol = ALPHABET.indexOf(payload[i >> 1] ?? '');
    if (symbol < 0 || symbol >= BASE * BASE) {
      return fail('tampered', said.tampered);
    }
    const digit = i % 2 === 0 ? Math.floor(symbol / BASE) : symbol % BASE;
    const question = bank.questions[i];
    if (!question || digit === 0) continue;
    const value = valueFor(question, digit);
    if (value === undefined) {
      return fail('tampered', said.tampered);
    }
    answers[question.id] = value;
  }
  return { ok: true, value: { form, answers }, bank };
}

function digitFor(
  question: ShareBank['questions'][number],
  value: AnswerValue | undefined,
): number {
  if (value === undefined) return 0;
  if (question.type === 'likert')
    return typeof value === 'number' && value >= 1 && value <= 5 ? value : 0;
  const index = question.options.findIndex((o) => o.id === value);
  return index >= 0 && index < BASE - 1 ? index + 1 : 0;
}

function valueFor(
  question: ShareBank['questions'][number],
  digit: number,
): AnswerValue | undefined {
  if (question.type === 'likert') return digit;
  return question.options[digit - 1]?.id;
}

/** Two base64url characters of an FNV-1a hash: enough to catch a typo or an edited answer. */
function checksum(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return `${ALPHABET[hash & 63]}${ALPHABET[(hash >>> 6) & 63]}`;
}

function fail(
  kind: Exclude<ShareCodeProblem, 'other-version'>,
  message: string,
): { readonly ok: false; readonly error: ShareCodeError } {
  return { ok: false, error: { kind, message } };
}
