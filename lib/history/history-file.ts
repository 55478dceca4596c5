import { entryFields, type HistoryEntry } from './history-entry';

/** The `format` every history file names, so other JSON is recognised as such. */
export const HISTORY_FILE_FORMAT = 'role-fit-history';

/** Raised whenever the layout of a history file changes. */
export const HISTORY_FILE_VERSION = 1;

/** Larger files are refused before they are parsed: a hundred full results take about 300 KB. */
export const HISTORY_FILE_MAX_BYTES = 5_000_000;

/**
 * The history as one JSON file, newest first, to move to another browser. Keys come in a fixed
 * order and answers sorted by question id, so the same history gives the same text.
 */
export function encodeHistoryFile(entries: readonly HistoryEntry[], exportedAt: string): string {
  const file = {
    format: HISTORY_FILE_FORMAT,
    formatVersion: HISTORY_FILE_VERSION,
    exportedAt,
    entries: entries.map(entryFields),
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}
