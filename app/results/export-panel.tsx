'use client';

import { useEffect, useId, useRef, useState } from 'react';

import { PageSizeSelect, usePageSize } from '@/app/components/page-size-select';
import type { Answers, Form } from '@/lib/answers/schema';
import type { QuestionBank } from '@/lib/bank/schema';
import { encodeShareCode } from '@/lib/codecs/share-code';
import type { ResultSummary } from '@/lib/export/build-summary';

import styles from './results.module.css';
import { localDate, saveFile } from './save-file';
import { SHARE_CARD_SIZE, ShareCard } from './share-card';

type Format = 'pdf' | 'md' | 'csv' | 'json' | 'png';

interface Props {
  bank: QuestionBank;
  form: Form;
  answers: Answers;
}

/**
 * Downloads the result as PDF, Markdown, CSV or JSON, or copies it as Markdown. Every export
 * module (and jsPDF) is fetched on click, so none of it is in the page's first script.
 */
export function ExportPanel({ bank, form, answers }: Props) {
  const id = useId();
  const [pageSize, setPageSize] = usePageSize();
  const [busy, setBusy] = useState<Format | 'copy' | null>(null);
  const [status, setStatus] = useState('');
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
    const { buildSummary } = await import('@/lib/export/build-summary');
    const shareUrl = `${window.location.origin}/results#${encodeShareCode(bank, { form, answers })}`;
    return buildSummary(bank, answers, form, { date, shareUrl });
  };

  const run = async (what: Format | 'copy', task: (date: string) => Promise<string>) => {
    setBusy(what);
    setStatus('');
    try {
      setStatus(await task(localDate()));
    } catch {
      setStatus(
        what === 'copy'
          ? 'Copying is blocked here: download the Markdown file instead.'
          : 'The file could not be made. Try again, or print the page instead.',
      );
    } finally {
      setBusy(null);
    }
  };

  const download = (format: Format) =>
    run(format, async (date) => {
      const summary = await summarise(date);
      const name = `role-fit-${date}.${format}`;
      if (format === 'pdf') {
        // jsPDF comes with it: fetched only when a PDF is asked for.
        const { renderPdf } = await import('@/lib/export/render-pdf');
        saveFile(name, new Uint8Array(renderPdf(summary, { pageSize })), 'application/pdf');
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
      return `Saved ${name} to your downloads.`;
    });

  const copyMarkdown = () =>
    run('copy', async (date) => {
      const { renderMarkdown } = await import('@/lib/export/render-markdown');
      await navigator.clipboard.writeText(renderMarkdown(await summarise(date)));
      return 'Copied the result as Markdown.';
    });

  const button = (format: Format, label: string) => (
    <button
      type="button"
      className="button button-secondary"
      disabled={busy !== null}
      onClick={() => void download(format)}
    >
      {label}
    </button>
  );

  return (
    <section className={styles.exportPanel} aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`} className={styles.exportTitle}>
        Export
      </h3>
      <p className={styles.small}>
        Files are made in this browser; nothing is sent anywhere. Each one includes a link back to
        this result.
      </p>
      <div className={styles.exportRow}>
        <PageSizeSelect className={styles.pageSize} value={pageSize} onChange={setPageSize} />
        {button('pdf', 'Download PDF')}
      </div>
      <div className={styles.exportRow}>
        {button('md', 'Download Markdown')}
        <button
          type="button"
          className="button button-secondary"
          disabled={busy !== null}
          onClick={() => void copyMarkdown()}
        >
          Copy as Markdown
        </button>
        {button('csv', 'Download CSV')}
        {button('json', 'Download JSON')}
        {button('png', 'Download share image')}
      </div>
      {card && (
        <div className={styles.cardStage} aria-hidden="true">
          <ShareCard summary={card.summary} ref={cardRef} />
        </div>
      )}
      <p className={styles.shareStatus} role="status">
        {busy === null ? status : 'Preparing…'}
      </p>
    </section>
  );
}
