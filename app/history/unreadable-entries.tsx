'use client';

import { Button, Card, TwoColumn } from '@/app/_shared/ui';
import { useState } from 'react';

import type { UnreadableEntry } from '@/lib/history/read-stored-history';

import { removeItem } from '@/app/_shared/progress-storage';
import { saveFile } from '@/app/_shared/save-file';
import styles from './history.module.css';

interface Props {
  entries: readonly UnreadableEntry[];
  prefix: string;
  onRemoved: (message: string) => void;
}

/**
 * Stored entries that could not be read: said plainly, each with its reason, a copy to download
 * and, once the person chooses, removal. Never removed on their own.
 */
export function UnreadableEntries({ entries, prefix, onRemoved }: Props) {
  const [confirming, setConfirming] = useState<string | null>(null);
  if (entries.length === 0) return null;
  return (
    <section className={styles.section} aria-labelledby="unreadable-title">
      <h2 id="unreadable-title">
        {entries.length === 1
          ? '1 entry could not be read'
          : `${entries.length} entries could not be read`}
      </h2>
      <p>
        Something changed {entries.length === 1 ? 'this entry' : 'these entries'} in this
        browser&apos;s storage, so {entries.length === 1 ? 'it is' : 'they are'} not in the list or
        the chart. Your other results are not affected. Download a copy to keep it, or remove it.
      </p>
      <TwoColumn as="ul">
        {entries.map((entry) => (
          <Card as="li" key={entry.id} className={styles.entry} data-testid="unreadable-entry">
            <p className={styles.meta}>
              Stored as <code className={styles.code}>{prefix + entry.id}</code>
            </p>
            <p>It could not be read: {entry.reason}.</p>
            <div className={`cluster ${styles.entryActions}`}>
              <Button
                variant="secondary"
                className={styles.small}
                onClick={() =>
                  saveFile(
                    `role-fit-history-entry-${safeName(entry.id)}.json`,
                    entry.text,
                    'application/json',
                  )
                }
              >
                Download a copy
              </Button>
              {confirming === entry.id ? (
                <Button
                  variant="danger"
                  className={styles.small}
                  onClick={() => {
                    removeItem(prefix + entry.id);
                    setConfirming(null);
                    onRemoved('The entry that could not be read was removed.');
                  }}
                >
                  Remove it for good
                </Button>
              ) : (
                <Button
                  variant="secondary"
                  className={styles.small}
                  onClick={() => setConfirming(entry.id)}
                >
                  Remove
                </Button>
              )}
            </div>
          </Card>
        ))}
      </TwoColumn>
    </section>
  );
}

function safeName(id: string): string {
  return id.replace(/[^a-z0-9-]/gi, '_').slice(0, 40) || 'entry';
}
