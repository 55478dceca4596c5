import { decoded, rejected, type DecodeResult } from '@/lib/codecs/decode-result';
import type { DecoderCopy } from '@/lib/codecs/decoder-copy-schema';
import { describeUnsafeKeys, findUnsafeKeys } from '@/lib/codecs/find-unsafe-keys';
import { readJsonFile } from '@/lib/codecs/read-json-file';

import type { BankSource } from '@/lib/versions/bank-lookup';

import { decodeEntryFields, type HistoryBank } from './entry-schema';
import { HISTORY_FILE_FORMAT, HISTORY_FILE_MAX_BYTES, HISTORY_FILE_VERSION } from './history-file';
import type { HistoryEntry } from './history-entry';

/** What a history file holds: its readable entries, and a line for each entry that is not. */
export interface HistoryImport {
  readonly entries: readonly HistoryEntry[];
  /** Entries that were left out, e.g. `entry 3: form: must be "short" or "full"`. */
  readonly problems: readonly string[];
}

/**
 * Reads a history file. Never throws. The whole file is refused when it is too large, not JSON,
 * holds a `__proto__`, `constructor` or `prototype` key outside its entries, or is not a history
 * file of this version; otherwise every readable entry is kept and every unreadable one (such a
 * key inside it included) is named with its problems. A file with no readable entry but some bad
 * ones is refused.
 */
export function decodeHistoryFile(
  text: string,
  source: BankSource<HistoryBank>,
  words: DecoderCopy,
): DecodeResult<HistoryImport> {
  const json = readJsonFile(
    text,
    { maxBytes: HISTORY_FILE_MAX_BYTES, kind: words.historyFile.kind, refuseUnsafeKeys: false },
    words,
  );
  if (!json.ok) return json;

  const file = json.value;
  if (typeof file !== 'object' || file === null || Array.isArray(file)) {
    return rejected('is not a Role Fit history file: it must be a JSON object');
  }
  const { format, formatVersion, entries, exportedAt, ...rest } = file as Record<string, unknown>;
  // Such a key outside the entries refuses the file; inside one, only that entry is left out.
  const unsafe = findUnsafeKeys(rest);
  if (unsafe.count > 0) return rejected(...describeUnsafeKeys(unsafe, words));
  if (format !== HISTORY_FILE_FORMAT) {
    return rejected(
      format === 'role-fit-export'
        ? 'is a single exported result, not a history file: open it on the results page instead'
        : `is not a Role Fit history file: its format is ${format === undefined ? 'missing' : JSON.stringify(format)}, not "${HISTORY_FILE_FORMAT}"`,
    );
  }
  if (formatVersion !== HISTORY_FILE_VERSION) {
    return rejected(
      typeof formatVersion === 'number'
        ? `uses history file version ${formatVersion}; this version of Role Fit reads version ${HISTORY_FILE_VERSION}`
        : `formatVersion: must be ${HISTORY_FILE_VERSION}`,
    );
  }
  const envelope: string[] = [];
  const unknown = Object.keys(rest);
  if (unknown.length > 0) {
    envelope.push(`has unknown fields ${unknown.map((k) => `"${k}"`).join(', ')}`);
  }
  if (exportedAt !== undefined && typeof exportedAt !== 'string') {
    envelope.push('exportedAt: must be the date of the export');
  }
  if (!Array.isArray(entries)) envelope.push('entries: must be a list of results');
  if (envelope.length > 0 || !Array.isArray(entries)) return rejected(...envelope);

  const kept: HistoryEntry[] = [];
  const problems: string[] = [];
  entries.forEach((value: unknown, i) => {
    const unsafe = findUnsafeKeys(value);
    const decoding =
      unsafe.count > 0
        ? { ok: false as const, problems: describeUnsafeKeys(unsafe, words) }
        : decodeEntryFields(value, source);
    if (decoding.ok) kept.push(decoding.entry);
    else problems.push(...decoding.problems.map((p) => `entry ${i + 1}: ${p}`));
  });
  if (kept.length === 0 && problems.length > 0) return rejected(...problems);
  return decoded({ entries: kept, problems });
}
