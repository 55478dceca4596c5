'use client';

import { Button } from '@/app/_shared/ui';
import type { HistoryEntry } from '@/lib/history/history-entry';
import { encodeHistoryFile } from '@/lib/history/history-file';
import { describeExportSummary, HISTORY_PAGE_COPY } from '@/lib/history/history-page-words';

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
        {HISTORY_PAGE_COPY.export.button}
      </Button>
      <p className={styles.small}>{describeExportSummary(entries.length, unreadable)}</p>
    </div>
  );
}
