'use client';

import { Button, Card, TwoColumn } from '@/app/_shared/ui';
import { useState } from 'react';

import { describeUnreadable, describeUnreadableReason } from '@/lib/history/history-page-words';
import type { UnreadableEntry } from '@/lib/history/read-stored-history';

import { removeItem } from '@/app/_shared/progress-storage';
import { saveFile } from '@/app/_shared/save-file';
import styles from './history.module.css';
import { useHistoryWords } from './use-history-words';

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
  const words = useHistoryWords();
  const WORDS = words.history.page.unreadable;
  if (entries.length === 0) return null;
  const { title, body } = describeUnreadable(words, entries.length);
  return (
    <section className={styles.section} aria-labelledby="unreadable-title">
      <h2 id="unreadable-title">{title}</h2>
      <p>{body}</p>
      <TwoColumn as="ul">
        {entries.map((entry) => (
          <Card as="li" key={entry.id} className={styles.entry} data-testid="unreadable-entry">
            <p className={styles.meta}>
              {WORDS.storedAs}
              <code className={styles.code}>{prefix + entry.id}</code>
            </p>
            <p>{describeUnreadableReason(words, entry.reason)}</p>
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
                {WORDS.download}
              </Button>
              {confirming === entry.id ? (
                <Button
                  variant="danger"
                  className={styles.small}
                  onClick={() => {
                    removeItem(prefix + entry.id);
                    setConfirming(null);
                    onRemoved(WORDS.removed);
                  }}
                >
                  {WORDS.removeForGood}
                </Button>
              ) : (
                <Button
                  variant="secondary"
                  className={styles.small}
                  onClick={() => setConfirming(entry.id)}
                >
                  {WORDS.remove}
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
