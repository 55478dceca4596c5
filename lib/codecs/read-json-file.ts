import { decoded, rejected, type DecodeResult } from './decode-result';
import { describeUnsafeKeys, findUnsafeKeys } from './find-unsafe-keys';
import { parseJson } from './parse-json';

export interface JsonFileLimits {
  /** The largest file accepted, in UTF-8 bytes. */
  readonly maxBytes: number;
  /** What the file is called in messages, with its article: "an export", "a history file". */
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
export function readJsonFile(text: string, limits: JsonFileLimits): DecodeResult<unknown> {
  const bytes = utf8Length(text);
  if (bytes > limits.maxBytes) {
    return rejected(
      `the file is ${describeSize(bytes, limits.maxBytes)}; ${limits.kind} is at most ${formatMegabytes(limits.maxBytes, 0)}`,
    );
  }
  const json = parseJson(text);
  if (!json.ok) return json;

  if (limits.refuseUnsafeKeys === false) return decoded(json.value);
  const unsafe = findUnsafeKeys(json.value);
  return unsafe.count === 0 ? decoded(json.value) : rejected(...describeUnsafeKeys(unsafe));
}

/**
 * Why a chosen file is refused by its size alone, before it is read (a browser reports the size
 * of a file without reading it); null when it may be read.
 */
export function refuseLargeFile(
  bytes: number,
  limits: Pick<JsonFileLimits, 'maxBytes' | 'kind'>,
): string | null {
  if (bytes <= limits.maxBytes) return null;
  return `the file is ${describeSize(bytes, limits.maxBytes)}; ${limits.kind} is at most ${formatMegabytes(limits.maxBytes, 0)}, so it was not read`;
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

function formatMegabytes(bytes: number, digits: number): string {
  return `${(bytes / 1_000_000).toFixed(digits)} MB`;
}

function describeSize(bytes: number, maxBytes: number): string {
  const size = formatMegabytes(bytes, 1);
  // "5.0 MB; at most 5 MB" would read as no problem at all.
  return size === formatMegabytes(maxBytes, 1) ? `${bytes} bytes` : size;
}
