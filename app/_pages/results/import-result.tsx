'use client';

import { loadReleasedBank } from '@/app/_shared/released-banks';
import { FileField, ProblemList } from '@/app/_shared/file-field';
import { useLocale } from '@/app/_shared/locale-context';
import { useWords } from '@/app/_shared/page-words';
import { Card, Notice } from '@/app/_shared/ui';
import { useFileImport } from '@/app/_shared/use-file-import';

import type { QuestionBank } from '@/lib/bank/schema';
import type { Locale } from '@/lib/i18n/locales';
import type { ImportedResult } from '@/lib/export/decode-export-file';
import { EXPORT_MAX_BYTES } from '@/lib/export/export-max-bytes';
import { describeImportRefused } from '@/lib/report/copy/result-page-words';
import { lookupOf } from '@/lib/versions/bank-lookup';

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
  const locale = useLocale();
  const { page } = useWords('result');
  const scoring = useWords('scoring');
  const decoders = useWords('decoders');
  const { label, hint, kind } = page.import;
  const exportField = { label, hint, kind, maxBytes: EXPORT_MAX_BYTES };
  const { field, refusal } = useFileImport(exportField, async (file) => {
    const [{ decodeExportFile, readExportFileVersion }, text] = await Promise.all([
      import('@/lib/export/decode-export-file'),
      file.text(),
    ]);
    const version = readExportFileVersion(text, decoders);
    // The bank on the page may itself be an earlier one (an earlier result is on screen).
    const own =
      version === null || version === bank.version ? null : await loadBank(version, locale);
    const result = decodeExportFile(own ? lookupOf(bank, own) : bank, text, scoring, decoders);
    if (!result.ok) return result.problems;
    onImport(result.value);
    return null;
  });

  return (
    <Card>
      <FileField {...field} />
      {refusal && (
        <Notice tone="warning" role="alert" data-testid="import-problems">
          <p>
            <strong>{describeImportRefused(page, refusal.name)}</strong>
          </p>
          <ProblemList problems={refusal.problems} />
        </Notice>
      )}
    </Card>
  );
}

/**
 * A released bank by version in the page's language, or null when never released or not
 * fetchable: the decoder says which.
 */
function loadBank(version: number, locale: Locale): Promise<QuestionBank | null> {
  return loadReleasedBank(version, locale).catch(() => null);
}
