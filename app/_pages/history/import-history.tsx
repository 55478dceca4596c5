'use client';

import { useState } from 'react';

import { FileField, ProblemList } from '@/app/_shared/file-field';
import { useWords } from '@/app/_shared/page-words';
import { storeEntries } from '@/app/_shared/history-storage';
import { loadBanksFor } from '@/app/_shared/load-banks-for';
import { useLocale } from '@/app/_shared/locale-context';
import { Notice } from '@/app/_shared/ui';
import { useFileImport } from '@/app/_shared/use-file-import';
import type { QuestionBank } from '@/lib/bank/schema';
import { describeImport } from '@/lib/history/describe-import';
import type { HistoryEntry } from '@/lib/history/history-entry';
import { HISTORY_FILE_MAX_BYTES } from '@/lib/history/history-file';
import { describeImportRefused } from '@/lib/history/history-page-words';

import styles from './history.module.css';
import { useHistoryWords } from './use-history-words';

interface Props {
  bank: QuestionBank;
  existing: readonly HistoryEntry[];
  onImported: () => void;
}

/**
 * Adds the results of a history file to this browser's history. The decoder is fetched on use;
 * a file that cannot be read changes nothing and every problem is listed.
 */
export function ImportHistory({ bank, existing, onImported }: Props) {
  const locale = useLocale();
  const decoders = useWords('decoders');
  const words = useHistoryWords();
  const WORDS = words.history.page.import;
  const [added, setAdded] = useState<{ text: string; skipped: readonly string[] } | null>(null);
  const historyField = {
    label: WORDS.label,
    hint: WORDS.hint,
    maxBytes: HISTORY_FILE_MAX_BYTES,
    kind: WORDS.kind,
  };
  const { field, refusal } = useFileImport(historyField, async (file) => {
    setAdded(null);
    const [{ decodeHistoryFile }, { mergeHistory }, { historyVersions }, text] = await Promise.all([
      import('@/lib/history/decode-history-file'),
      import('@/lib/history/merge-history'),
      import('@/lib/history/history-versions'),
      file.text(),
    ]);
    // Entries of an earlier version are checked against their own bank, fetched for them.
    const first = decodeHistoryFile(text, bank, decoders);
    const versions = first.ok ? historyVersions(first.value.entries) : [];
    const decoding = versions.some((v) => v !== bank.version)
      ? decodeHistoryFile(text, await loadBanksFor(bank, versions, locale), decoders)
      : first;
    if (!decoding.ok) return decoding.problems;
    const merged = mergeHistory(existing, decoding.value.entries);
    if (!storeEntries(merged.added)) {
      return [WORDS.storageRefused];
    }
    setAdded({
      text: describeImport(words, file.name, merged.added.length, merged.duplicates),
      skipped: decoding.value.problems,
    });
    onImported();
    return null;
  });

  return (
    <div className={styles.importBox}>
      <FileField {...field} />
      <div role="status" data-testid="import-outcome">
        {added && !refusal && (
          <Notice tone="success">
            <p>{added.text}</p>
            {added.skipped.length > 0 && (
              <>
                <p>{WORDS.skipped}</p>
                <ProblemList problems={added.skipped} />
              </>
            )}
          </Notice>
        )}
      </div>
      {refusal && (
        <Notice tone="warning" role="alert" data-testid="import-problems">
          <p>{describeImportRefused(words, refusal.name)}</p>
          <ProblemList problems={refusal.problems} />
        </Notice>
      )}
    </div>
  );
}
