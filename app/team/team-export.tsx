'use client';

import { useId } from 'react';

import { PageSizeSelect, usePageSize } from '@/app/_shared/page-size-select';
import { localDate, saveFile } from '@/app/_shared/save-file';
import { Section } from '@/app/_shared/ui';
import { FILE_FAILURE, useExportTasks } from '@/app/_shared/use-export-tasks';
import { fillTemplate } from '@/lib/report/copy/fill-template';
import { TEAM_COPY } from '@/lib/team/team-copy';
import type { TeamView } from '@/lib/team/team-view';

import styles from './team.module.css';

type Format = 'pdf' | 'md';

const WORDS = TEAM_COPY.export;

/**
 * Downloads the team map as PDF or Markdown, made in this browser from the view model on screen.
 * The renderers (and jsPDF) are fetched on click, so none of them is in the page's first script.
 */
export function TeamExport({ view, code }: { view: TeamView; code: string }) {
  const id = useId();
  const [pageSize, setPageSize] = usePageSize();
  const { status, run, button } = useExportTasks<Format>();

  const download = (format: Format) =>
    run(
      format,
      async () => {
        const date = localDate();
        const shareUrl = `${window.location.origin}/team#${code}`;
        const dated = { ...view, date, shareUrl };
        const name = fillTemplate(WORDS.fileName, { date, extension: format });
        if (format === 'pdf') {
          const { renderTeamPdf } = await import('@/lib/export/render-team-pdf');
          saveFile(name, new Uint8Array(renderTeamPdf(dated, { pageSize })), 'application/pdf');
        } else {
          const { renderTeamMarkdown } = await import('@/lib/export/render-team-markdown');
          saveFile(name, renderTeamMarkdown(dated), 'text/markdown;charset=utf-8');
        }
        return fillTemplate(WORDS.saved, { file: name });
      },
      FILE_FAILURE,
    );

  return (
    <Section titleId={`${id}-title`} title={WORDS.heading} lead={WORDS.lead}>
      <div className={styles.actions}>
        <PageSizeSelect value={pageSize} onChange={setPageSize} />
        {button(WORDS.pdf, () => download('pdf'))}
        {button(WORDS.markdown, () => download('md'))}
      </div>
      <p role="status">{status}</p>
    </Section>
  );
}
