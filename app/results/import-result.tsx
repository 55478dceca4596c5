'use client';

import { useId, useState } from 'react';

import type { QuestionBank } from '@/lib/bank/schema';
import type { ImportedResult } from '@/lib/export/decode-export-file';

import styles from './results.module.css';

interface Props {
  bank: QuestionBank;
  onImport: (result: ImportedResult) => void;
}

/**
 * Opens a JSON export as the report. The decoder is fetched on use; a refused file lists every
 * problem the decoder names and changes nothing the person already had.
 */
export function ImportResult({ bank, onImport }: Props) {
  const id = useId();
  const [failure, setFailure] = useState<{ name: string; problems: readonly string[] } | null>(
    null,
  );
  const [reading, setReading] = useState(false);

  const open = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    // The same file picked again after fixing it must fire a change again.
    input.value = '';
    if (!file) return;
    setFailure(null);
    setReading(true);
    try {
      const { EXPORT_MAX_BYTES } = await import('@/lib/export/export-format');
      if (file.size > EXPORT_MAX_BYTES) {
        const size = (file.size / 1_000_000).toFixed(1);
        setFailure({
          name: file.name,
          problems: [`the file is ${size} MB; an export is at most 1 MB, so it was not read`],
        });
        return;
      }
      const [{ decodeExportFile }, text] = await Promise.all([
        import('@/lib/export/decode-export-file'),
        file.text(),
      ]);
      const result = decodeExportFile(bank, text);
      if (result.ok) onImport(result.value);
      else setFailure({ name: file.name, problems: result.problems });
    } catch {
      setFailure({ name: file.name, problems: ['the file could not be read by this browser'] });
    } finally {
      setReading(false);
    }
  };

  return (
    <div className={styles.importBox}>
      <label htmlFor={`${id}-file`} className={styles.importLabel}>
        Open an exported result
      </label>
      <p id={`${id}-hint`} className={styles.small}>
        A JSON file downloaded from Role Fit. It is read in this browser only, and replaces nothing
        saved here.
      </p>
      <input
        id={`${id}-file`}
        type="file"
        accept=".json,application/json"
        aria-describedby={`${id}-hint`}
        className={styles.fileInput}
        disabled={reading}
        onChange={(event) => void open(event.currentTarget)}
      />
      {failure && (
        <div className={styles.warning} role="alert" data-testid="import-problems">
          <p className={styles.noticeText}>“{failure.name}” could not be opened:</p>
          <ul>
            {failure.problems.map((problem, i) => (
              <li key={`${i}:${problem}`}>{problem}</li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
