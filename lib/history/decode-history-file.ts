import { fillPlural, fillTemplate } from '@/lib/copy/fill-template';
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

  const said = words.historyFile;
  const file = json.value;
  if (typeof file !== 'object' || file === null || Array.isArray(file)) {
    return rejected(said.notObject);
  }
  const { format, formatVersion, entries, exportedAt, ...rest } = file as Record<string, unknown>;
  // Such a key outside the entries refuses the file; inside one, only that entry is left out.
  const unsafe = findUnsafeKeys(rest);
  if (unsafe.count > 0) return rejected(...describeUnsafeKeys(unsafe, words));
  if (format !== HISTORY_FILE_FORMAT) {
    const expected = HISTORY_FILE_FORMAT;
    return rejected(
      format === 'role-fit-export'
        ? said.singleExport
        : format === undefined
          ? fillTemplate(said.noFormat, { expected })
          : fillTemplate(said.otherFormat, { format: JSON.stringify(format), expected }),
    );
  }
  if (formatVersion !== HISTORY_FILE_VERSION) {
    return rejected(
      typeof formatVersion === 'number'
        ? fillTemplate(said.otherFormatVersion, {
            version: formatVersion,
            current: HISTORY_FILE_VERSION,
          })
        : fillTemplate(said.badFormatVersion, { current: HISTORY_FILE_VERSION }),
    );
  }
  const envelope: string[] = [];
  const unknown = Object.keys(rest);
  if (unknown.length > 0) {
    const keys = unknown.map((k) => `"${k}"`).join(', ');
    envelope.push(fillPlural(said.unknown, unknown.length, { keys }));
  }
  if (exportedAt !== undefined && typeof exportedAt !== 'string') {
    envelope.push(said.exportedAt);
  }
  if (!Array.isArray(entries)) envelope.push(said.entries);
  if (envelope.length > 0 || !Array.isArray(entries)) return rejected(...envelope);

  const kept: HistoryEntry[] = [];
  const problems: string[] = [];
  entries.forEach((value: unknown, i) => {
    const unsafe = findUnsafeKeys(value);
    const decoding =
      unsafe.count > 0
        ? { ok: false as const, problems: describeUnsafeKeys(unsafe, words) }
        : decodeEntryFields(value, source, words);
    if (decoding.ok) kept.push(decoding.entry);
    else {
      problems.push(
        ...decoding.problems.map((problem) => fillTemplate(said.entry, { number: i + 1, problem })),
      );
    }
  });
  if (kept.length === 0 && problems.length > 0) return rejected(...problems);
  return decoded({ entries: kept, problems });
}
