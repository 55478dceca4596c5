'use client';

import { useState } from 'react';

import { loadBanksFor } from '@/app/_shared/load-banks-for';
import { FileField, ProblemList } from '@/app/_shared/file-field';

import type { QuestionBank } from '@/lib/bank/schema';
import type { HistoryEntry } from '@/lib/history/history-entry';
import { HISTORY_FILE_MAX_BYTES } from '@/lib/history/history-file';

import { storeEntries } from '@/app/_shared/history-storage';
import styles from './history.module.css';

interface Props {
  bank: QuestionBank;
  existing: readonly HistoryEntry[];
  onImported: () => void;
}

type Outcome =
  | { readonly ok: true; readonly text: string; readonly skipped: readonly string[] }
  | { readonly ok: false; readonly name: string; readonly problems: readonly string[] };

/**
 * Adds the results of a history file to this browser's history. The decoder is fetched on use;
 * a file that cannot be read changes nothing and every problem is listed.
 */
export function ImportHistory({ bank, existing, onImported }: Props) {
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [reading, setReading] = useState(false);

  const open = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    // The same file picked again after fixing it must fire a change again.
    input.value = '';
    if (!file) return;
    setOutcome(null);
    const refuse = (...problems: string[]) => setOutcome({ ok: false, name: file.name, problems });
    if (file.size > HISTORY_FILE_MAX_BYTES) {
      refuse(
        `the file is ${(file.size / 1_000_000).toFixed(1)} MB; a history file is at most ${HISTORY_FILE_MAX_BYTES / 1_000_000} MB, so it was not read`,
      );
      return;
    }
    setReading(true);
    try {
      const [{ decodeHistoryFile }, { mergeHistory }, { historyVersions }, text] =
        await Promise.all([
          import('@/lib/history/decode-history-file'),
          import('@/lib/history/merge-history'),
          import('@/lib/history/history-versions'),
          file.text(),
        ]);
      // Entries of an earlier version are checked against their own bank, fetched for them.
      const first = decodeHistoryFile(text, bank);
      const versions = first.ok ? historyVersions(first.value.entries) : [];
      const decoding = versions.some((v) => v !== bank.version)
        ? decodeHistoryFile(text, await loadBanksFor(bank, versions))
        : first;
      if (!decoding.ok) return refuse(...decoding.problems);
      const { added, duplicates } = mergeHistory(existing, decoding.value.entries);
      if (!storeEntries(added)) {
        return refuse(
          'this browser refused to store the results (private browsing or full storage usually causes this); nothing was added',
        );
      }
      setOutcome({
        ok: true,
        text: describeImport(file.name, added.length, duplicates),
        skipped: decoding.value.problems,
      });
      onImported();
    } catch {
      refuse('the file could not be read by this browser');
    } finally {
      setReading(false);
    }
  };

  return (
    <div className={styles.importBox}>
      <FileField
        label="Import history"
        hint="A history file exported from Role Fit. It is read in this browser only; its results are added to the ones here."
        disabled={reading}
        onFile={(input) => void open(input)}
      />
      <div role="status" data-testid="import-outcome">
        {outcome?.ok && (
          <div className={styles.success}>
            <p>{outcome.text}</p>
            {outcome.skipped.length > 0 && (
              <>
                <p>These entries of the file could not be read and were left out:</p>
                <ProblemList problems={outcome.skipped} />
              </>
            )}
          </div>
        )}
      </div>
      {outcome && !outcome.ok && (
        <div className={styles.warning} role="alert" data-testid="import-problems">
          <p>“{outcome.name}” could not be imported, and your history has not changed. The file:</p>
          <ProblemList problems={outcome.problems} />
        </div>
      )}
    </div>
  );
}

function describeImport(name: string, added: number, duplicates: number): string {
  const count = (n: number) => (n === 1 ? 'one result' : `${n} results`);
  const already =
    duplicates === 0 ? '' : ` ${duplicates === 1 ? 'One was' : `${duplicates} were`} already here.`;
  if (added === 0) {
    return duplicates === 0
      ? `“${name}” holds no results.`
      : `Nothing new in “${name}”: every result in it is already here.`;
  }
  return `Added ${count(added)} from “${name}”.${already}`;
}
