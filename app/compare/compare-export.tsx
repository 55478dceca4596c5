'use client';

import { useId } from 'react';

import { PageSizeSelect, usePageSize } from '@/app/_shared/page-size-select';
import { FILE_FAILURE, useExportTasks } from '@/app/_shared/use-export-tasks';
import type { QuestionBank } from '@/lib/bank/schema';
import type { DecodedPerson } from '@/lib/codecs/compare-code';
import type { PairingContent } from '@/lib/compare';
import type { CompareSummary } from '@/lib/export/build-compare-summary';

import { localDate, saveFile } from '@/app/_shared/save-file';
import styles from './compare.module.css';

type Format = 'pdf' | 'md';

interface Props {
  bank: QuestionBank;
  content: PairingContent;
  people: readonly [DecodedPerson<QuestionBank>, DecodedPerson<QuestionBank>];
  code: string;
}

/**
 * Downloads the comparison as PDF or Markdown, made in this browser from one summary model. The
 * export code (and jsPDF) is fetched on click, so none of it is in the page's first script.
 */
export function CompareExport({ bank, content, people, code }: Props) {
  const id = useId();
  const [pageSize, setPageSize] = usePageSize();
  const { status, run, button } = useExportTasks<Format>();

  const summarise = async (date: string): Promise<CompareSummary> => {
    const { buildCompareSummary } = await import('@/lib/export/build-compare-summary');
    const shareUrl = `${window.location.origin}/compare#${code}`;
    return buildCompareSummary(bank, content, people, { date, shareUrl });
  };

  const download = (format: Format) =>
    run(
      format,
      async () => {
        const date = localDate();
        const summary = await summarise(date);
        const name = `role-fit-comparison-${date}.${format}`;
        if (format === 'pdf') {
          const { renderComparePdf } = await import('@/lib/export/render-compare-pdf');
          saveFile(
            name,
            new Uint8Array(renderComparePdf(summary, { pageSize })),
            'application/pdf',
          );
        } else {
          const { renderCompareMarkdown } = await import('@/lib/export/render-compare-markdown');
          saveFile(name, renderCompareMarkdown(summary), 'text/markdown;charset=utf-8');
        }
        return `Saved ${name} to your downloads.`;
      },
      FILE_FAILURE,
    );

  return (
    <section className={styles.exportPanel} aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Take it with you</h2>
      <p className={styles.small}>
        Files are made in this browser; nothing is sent anywhere. Each one includes the link back to
        this comparison.
      </p>
      <div className={styles.actions}>
        <PageSizeSelect className={styles.pageSize} value={pageSize} onChange={setPageSize} />
        {button('Download PDF', () => download('pdf'))}
        {button('Download Markdown', () => download('md'))}
      </div>
      <p className={styles.status} role="status">
        {status}
      </p>
    </section>
  );
}
