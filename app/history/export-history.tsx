'use client';

import { Button } from '@/app/_shared/ui';
import type { HistoryEntry } from '@/lib/history/history-entry';
import { encodeHistoryFile } from '@/lib/history/history-file';

import { localDate, saveFile } from '@/app/_shared/save-file';
import styles from './history.module.css';

/** Downloads every readable entry as one history file, named after today's date. */
export function ExportHistory({
  entries,
  unreadable,
}: {
  entries: readonly HistoryEntry[];
  unreadable: number;
}) {
  return (
    <div className="cluster">
      <Button
        onClick={() =>
          saveFile(
            `role-fit-history-${localDate()}.json`,
            encodeHistoryFile(entries, new Date().toISOString()),
            'application/json',
          )
        }
      >
        Export history
      </Button>
      <p className={styles.small}>
        {entries.length === 1 ? 'One result' : `${entries.length} results`}
        {unreadable > 0 &&
          `; ${unreadable === 1 ? 'the entry' : `the ${unreadable} entries`} that could not be read ${unreadable === 1 ? 'is' : 'are'} not in it (download ${unreadable === 1 ? 'it' : 'them'} above)`}
        .
      </p>
    </div>
  );
}
