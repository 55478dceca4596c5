'use client';

import { useState } from 'react';

import { loadReleasedBank } from '@/app/_shared/released-banks';
import { FileField, ProblemList } from '@/app/_shared/file-field';

import type { QuestionBank } from '@/lib/bank/schema';
import type { ImportedResult } from '@/lib/export/decode-export-file';
import { lookupOf } from '@/lib/versions/bank-lookup';

import styles from './results.module.css';

interface Props {
  bank: QuestionBank;
  onImport: (result: ImportedResult) => void;
}

/**
 * Opens a JSON export as the report. The decoder is fetched on use, and so is the bank of an
 * earlier version when the file names one; a refused file lists every problem the decoder names
 * and changes nothing the person already had.
 */
export function ImportResult({ bank, onImport }: Props) {
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
      const [{ decodeExportFile, readExportFileVersion }, text] = await Promise.all([
        import('@/lib/export/decode-export-file'),
        file.text(),
      ]);
      const version = readExportFileVersion(text);
      // The bank on the page may itself be an earlier one (an earlier result is on screen).
      const own = version === null || version === bank.version ? null : await loadBank(version);
      const result = decodeExportFile(own ? lookupOf(bank, own) : bank, text);
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
      <FileField
        label="Open an exported result"
        hint="A JSON file downloaded from Role Fit. It is read in this browser only, and replaces nothing saved here."
        disabled={reading}
        onFile={(input) => void open(input)}
      />
      {failure && (
        <div className={styles.warning} role="alert" data-testid="import-problems">
          <p className={styles.noticeText}>“{failure.name}” could not be opened:</p>
          <ProblemList problems={failure.problems} />
        </div>
      )}
    </div>
  );
}

/** A released bank by version, or null when never released or not fetchable: the decoder says which. */
function loadBank(version: number): Promise<QuestionBank | null> {
  return loadReleasedBank(version).catch(() => null);
}
