'use client';

import { useId } from 'react';

import { PageSizeSelect, usePageSize } from '@/app/_shared/page-size-select';
import { localDate, saveFile } from '@/app/_shared/save-file';
import { FILE_FAILURE, useExportTasks } from '@/app/_shared/use-export-tasks';
import { Section } from '@/app/_shared/ui';
import { COMPARE_COPY } from '@/lib/compare/compare-copy';
import type { ComparisonView } from '@/lib/compare/comparison-view';
import { fillTemplate } from '@/lib/report/copy/fill-template';

import ui from '@/app/_shared/ui/ui.module.css';

import styles from './compare.module.css';

type Format = 'pdf' | 'md';

const WORDS = COMPARE_COPY.export;

/**
 * Downloads the comparison as PDF or Markdown, made in this browser from the view model on
 * screen. The renderers (and jsPDF) are fetched on click, so none of them is in the page's first
 * script.
 */
export function CompareExport({ view, code }: { view: ComparisonView; code: string }) {
  const id = useId();
  const [pageSize, setPageSize] = usePageSize();
  const { status, run, button } = useExportTasks<Format>();

  const download = (format: Format) =>
    run(
      format,
      async () => {
        const date = localDate();
        const shareUrl = `${window.location.origin}/compare#${code}`;
        const dated = { ...view, date, shareUrl };
        const name = fillTemplate(WORDS.fileName, { date, extension: format });
        if (format === 'pdf') {
          const { renderComparePdf } = await import('@/lib/export/render-compare-pdf');
          saveFile(name, new Uint8Array(renderComparePdf(dated, { pageSize })), 'application/pdf');
        } else {
          const { renderCompareMarkdown } = await import('@/lib/export/render-compare-markdown');
          saveFile(name, renderCompareMarkdown(dated), 'text/markdown;charset=utf-8');
        }
        return fillTemplate(WORDS.saved, { file: name });
      },
      FILE_FAILURE,
    );

  return (
    <Section
      className={styles.exportPanel}
      titleId={`${id}-title`}
      title={WORDS.heading}
      lead={WORDS.lead}
    >
      <div className={`${ui.actions} ${styles.actions}`}>
        <PageSizeSelect className={ui.pageSize} value={pageSize} onChange={setPageSize} />
        {button(WORDS.pdf, () => download('pdf'))}
        {button(WORDS.markdown, () => download('md'))}
      </div>
      <p className={styles.status} role="status">
        {status}
      </p>
    </Section>
  );
}
