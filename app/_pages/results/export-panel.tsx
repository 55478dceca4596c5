'use client';

import { useEffect, useId, useRef, useState } from 'react';

import { useSiteUrl } from '@/app/_shared/locale-context';
import { PageSizeSelect, usePageSize } from '@/app/_shared/page-size-select';
import { useWords } from '@/app/_shared/page-words';
import { useExportTasks } from '@/app/_shared/use-export-tasks';
import type { Answers, Form } from '@/lib/answers/schema';
import type { QuestionBank } from '@/lib/bank/schema';
import { encodeShareCode } from '@/lib/codecs/share-code';
import type { ResultSummary } from '@/lib/export/build-summary';
import { describeSavedFile, resultFileName } from '@/lib/report/copy/result-page-words';
import type { FitProfile } from '@/lib/scoring';

import { Card } from '@/app/_shared/ui';
import ui from '@/app/_shared/ui/ui.module.css';

import styles from './results.module.css';
import { localDate, saveFile } from '@/app/_shared/save-file';
import { SHARE_CARD_SIZE, ShareCard } from './share-card';

type Format = 'pdf' | 'md' | 'csv' | 'json' | 'png';

interface Props {
  bank: QuestionBank;
  form: Form;
  answers: Answers;
  /** The profile the page shows: the exports summarise it rather than score the answers again. */
  profile: FitProfile;
}

/**
 * Downloads the result as PDF, Markdown, CSV or JSON, or copies it as Markdown. Every export
 * module (and jsPDF) is fetched on click, so none of it is in the page's first script.
 */
export function ExportPanel({ bank, form, answers, profile }: Props) {
  const id = useId();
  const common = useWords('common');
  const result = useWords('result');
  const scoring = useWords('scoring');
  const versions = useWords('versions');
  const siteUrl = useSiteUrl();
  const WORDS = result.page.export;
  const [pageSize, setPageSize] = usePageSize();
  const { status, run, button } = useExportTasks<Format | 'copy'>();
  // The share card is mounted off screen only while its image is being made.
  const [card, setCard] = useState<{
    summary: ResultSummary;
    done: (blob: Blob) => void;
    fail: (error: unknown) => void;
  } | null>(null);
  const cardRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const node = cardRef.current;
    if (!card || !node) return;
    let current = true;
    void import('html-to-image')
      .then(({ toBlob }) => toBlob(node, { ...SHARE_CARD_SIZE, pixelRatio: 1, skipFonts: true }))
      .then(
        (blob) => (blob ? card.done(blob) : card.fail(new Error('no image was made'))),
        (error: unknown) => card.fail(error),
      )
      .finally(() => {
        if (current) setCard(null);
      });
    return () => {
      current = false;
    };
  }, [card]);

  const summarise = async (date: string): Promise<ResultSummary> => {
    const { summariseProfile } = await import('@/lib/export/build-summary');
    const code = encodeShareCode(bank, { form, answers });
    const shareUrl = siteUrl(`/results#${code}`);
    return summariseProfile({ common, result, scoring, versions }, bank, profile, {
      date,
      shareUrl,
    });
  };

  const download = (format: Format) =>
    run(format, async () => {
      const date = localDate();
      const summary = await summarise(date);
      const name = resultFileName(result.page, date, format);
      if (format === 'pdf') {
        // jsPDF comes with it: fetched only when a PDF is asked for.
        const { renderPdf } = await import('@/lib/export/render-pdf');
        saveFile(
          name,
          new Uint8Array(renderPdf(summary, { pageSize, words: common.exports })),
          'application/pdf',
        );
      } else if (format === 'md') {
        const { renderMarkdown } = await import('@/lib/export/render-markdown');
        saveFile(name, renderMarkdown(summary), 'text/markdown;charset=utf-8');
      } else if (format === 'csv') {
        const { renderCsv } = await import('@/lib/export/render-csv');
        saveFile(name, renderCsv(summary), 'text/csv;charset=utf-8');
      } else if (format === 'png') {
        // html-to-image is fetched on click, like every other export library.
        const blob = await new Promise<Blob>((done, fail) => setCard({ summary, done, fail }));
        saveFile(name, blob, 'image/png');
      } else {
        const { renderJson } = await import('@/lib/export/render-json');
        saveFile(name, renderJson(summary, answers), 'application/json');
      }
      return describeSavedFile(common.exports, name);
    });

  const copyMarkdown = () =>
    run(
      'copy',
      async () => {
        const { renderMarkdown } = await import('@/lib/export/render-markdown');
        await navigator.clipboard.writeText(renderMarkdown(await summarise(localDate())));
        return WORDS.copied;
      },
      WORDS.copyBlocked,
    );

  return (
    <Card as="section" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`} className={styles.cardTitle}>
        {WORDS.title}
      </h3>
      <p className={ui.muted}>{WORDS.lead}</p>
      <p className={ui.actions}>
        <PageSizeSelect className={ui.pageSize} value={pageSize} onChange={setPageSize} />
        {button(WORDS.buttons.pdf, () => download('pdf'))}
      </p>
      <div className={ui.actions}>
        {button(WORDS.buttons.md, () => download('md'))}
        {button(WORDS.buttons.copy, copyMarkdown)}
        {button(WORDS.buttons.csv, () => download('csv'))}
        {button(WORDS.buttons.json, () => download('json'))}
        {button(WORDS.buttons.png, () => download('png'))}
        <p className={`${styles.shareStatus} ${ui.muted}`} role="status">
          {status}
        </p>
      </div>
      {card && (
        <div className={styles.cardStage} aria-hidden="true">
          <ShareCard summary={card.summary} ref={cardRef} />
        </div>
      )}
    </Card>
  );
}
