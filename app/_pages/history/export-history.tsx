'use client';

import { Button } from '@/app/_shared/ui';
import type { HistoryEntry } from '@/lib/history/history-entry';
import { encodeHistoryFile } from '@/lib/history/history-file';
import { describeExportSummary } from '@/lib/history/history-page-words';

import { localDate, saveFile } from '@/app/_shared/save-file';
import styles from './history.module.css';
import { useHistoryWords } from './use-history-words';

/** Downloads every readable entry as one history file, named after today's date. */
export function ExportHistory({
  entries,
  unreadable,
}: {
  entries: readonly HistoryEntry[];
  unreadable: number;
}) {
  const words = useHistoryWords();
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
        {words.history.page.export.button}
      </Button>
      <p className={styles.small}>{describeExportSummary(words, entries.length, unreadable)}</p>
    </div>
  );
}
