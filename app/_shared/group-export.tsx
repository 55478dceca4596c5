'use client';

import { useId } from 'react';

import {
  GROUP_RENDERERS,
  groupPath,
  type GroupKind,
  type GroupRenderers,
  type GroupViews,
} from '@/app/_shared/group-kind';
import { PageSizeSelect, usePageSize } from '@/app/_shared/page-size-select';
import { localDate, saveFile } from '@/app/_shared/save-file';
import { useSiteUrl } from '@/app/_shared/locale-context';
import { useWords } from '@/app/_shared/page-words';
import { useExportTasks } from '@/app/_shared/use-export-tasks';
import { Section } from '@/app/_shared/ui';
import ui from '@/app/_shared/ui/ui.module.css';
import { fillTemplate } from '@/lib/report/copy/fill-template';
import { describeSavedFile } from '@/lib/report/copy/export-words';

type Format = 'pdf' | 'md';

/** The words of {@link GroupExport}, from a page's copy. */
export interface GroupExportWords {
  readonly heading: string;
  readonly lead: string;
  readonly pdf: string;
  readonly markdown: string;
  /** With {date} and {extension}. */
  readonly fileName: string;
}

/**
 * Downloads a view model on screen (the comparison, the team map) as PDF or Markdown, made in this
 * browser, dated today and carrying the page's link.
 */
export function GroupExport<K extends GroupKind>({
  kind,
  view,
  code,
  words,
  classes = {},
}: {
  kind: K;
  view: GroupViews[K];
  code: string;
  words: GroupExportWords;
  classes?: {
    section?: string | undefined;
    actions?: string | undefined;
    pageSize?: string | undefined;
    status?: string | undefined;
  };
}) {
  const id = useId();
  const [pageSize, setPageSize] = usePageSize();
  const { exports } = useWords('common');
  const siteUrl = useSiteUrl();
  const { status, run, button } = useExportTasks<Format>();

  const download = (format: Format) =>
    run(format, async () => {
      const date = localDate();
      const dated = { ...view, date, shareUrl: siteUrl(groupPath(kind, code)) };
      const render: GroupRenderers<GroupViews[K]> = GROUP_RENDERERS[kind];
      const name = fillTemplate(words.fileName, { date, extension: format });
      if (format === 'pdf') {
        saveFile(
          name,
          new Uint8Array(await render.pdf(dated, { pageSize, words: exports })),
          'application/pdf',
        );
      } else {
        saveFile(name, await render.markdown(dated), 'text/markdown;charset=utf-8');
      }
      return describeSavedFile(exports, name);
    });

  return (
    <Section
      className={classes.section}
      titleId={`${id}-title`}
      title={words.heading}
      lead={words.lead}
    >
      <div className={classes.actions ?? ui.actions}>
        <PageSizeSelect className={classes.pageSize} value={pageSize} onChange={setPageSize} />
        {button(words.pdf, () => download('pdf'))}
        {button(words.markdown, () => download('md'))}
      </div>
      <p className={classes.status} role="status">
        {status}
      </p>
    </Section>
  );
}
