import { formatDecimal } from '@/lib/copy/format-decimal';
import { fillTemplate } from '@/lib/copy/fill-template';

import { decoded, rejected, type DecodeResult } from './decode-result';
import type { DecoderCopy } from './decoder-copy-schema';
import { describeUnsafeKeys, findUnsafeKeys } from './find-unsafe-keys';
import { parseJson } from './parse-json';

export interface JsonFileLimits {
  /** The largest file accepted, in UTF-8 bytes. */
  readonly maxBytes: number;
  /** What the file is called in messages, with its article: "an export", "a history file", in the words' language. */
  readonly kind: string;
  /**
   * Whether a `__proto__`, `constructor` or `prototype` key anywhere refuses the whole file (the
   * default). A caller that keeps the good parts of a file passes false and refuses such keys
   * part by part, with {@link findUnsafeKeys}.
   */
  readonly refuseUnsafeKeys?: boolean;
}

/**
 * The first checks on a file a person opened: refused when it is too large (measured before
 * parsing), empty, not JSON, or (unless the caller checks them itself) holds a `__proto__`,
 * `constructor` or `prototype` key at any depth. Never throws; every problem is in words. Checking
 * its shape is left to the caller.
 */
export function readJsonFile(
  text: string,
  limits: JsonFileLimits,
  words: DecoderCopy,
): DecodeResult<unknown> {
  const bytes = utf8Length(text);
  if (bytes > limits.maxBytes) {
    return rejected(fillTemplate(words.jsonFile.tooLarge, sizeValues(bytes, limits, words)));
  }
  const json = parseJson(text, words);
  if (!json.ok) return json;

  if (limits.refuseUnsafeKeys === false) return decoded(json.value);
  const unsafe = findUnsafeKeys(json.value);
  return unsafe.count === 0 ? decoded(json.value) : rejected(...describeUnsafeKeys(unsafe, words));
}

/**
 * Why a chosen file is refused by its size alone, before it is read (a browser reports the size
 * of a file without reading it); null when it may be read.
 */
export function refuseLargeFile(
  bytes: number,
  limits: Pick<JsonFileLimits, 'maxBytes' | 'kind'>,
  words: DecoderCopy,
): string | null {
  if (bytes <= limits.maxBytes) return null;
  return fillTemplate(words.jsonFile.tooLargeUnread, sizeValues(bytes, limits, words));
}

function sizeValues(
  bytes: number,
  limits: Pick<JsonFileLimits, 'maxBytes' | 'kind'>,
  words: DecoderCopy,
) {
  return {
    size: describeSize(bytes, limits.maxBytes, words),
    kind: limits.kind,
    max: formatMegabytes(limits.maxBytes, 0, words),
  };
}

/** Bytes the text takes as UTF-8, counted without encoding it. */
function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    // A surrogate is half of a 4-byte character.
    bytes += code < 0x80 ? 1 : code < 0x800 ? 2 : code >= 0xd800 && code <= 0xdfff ? 2 : 3;
  }
  return bytes;
}

function formatMegabytes(bytes: number, digits: number, words: DecoderCopy): string {
  return fillTemplate(words.jsonFile.megabytes, {
    megabytes: formatDecimal(bytes / 1_000_000, digits, words.decimalMark),
  });
}

function describeSize(bytes: number, maxBytes: number, words: DecoderCopy): string {
  const size = formatMegabytes(bytes, 1, words);
  // "5.0 MB; at most 5 MB" would read as no problem at all.
  return size === formatMegabytes(maxBytes, 1, words)
    ? fillTemplate(words.jsonFile.bytes, { bytes })
    : size;
}
