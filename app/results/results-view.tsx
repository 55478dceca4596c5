'use client';

import Link from 'next/link';
import { useDeferredValue, useEffect, useMemo, useState } from 'react';

import type { QuestionBank } from '@/lib/bank/schema';
import type { ProgressDecoding } from '@/lib/codecs/saved-progress';
import { decodeShareCode } from '@/lib/codecs/share-code';
import type { ImportedResult } from '@/lib/export/decode-export-file';

import { keepAsideIfDamaged, RESULT_KEY } from '../quiz/progress-storage';
import { useInitialStoredItem } from '../quiz/use-initial-stored-item';
import { ImportResult } from './import-result';
import { Report } from './report';
import styles from './results.module.css';
import { useLocationHash } from './use-location-hash';

/**
 * The results of an export file the person opened, else of a share link (`/results#<code>`) when
 * the URL has one, else of the last quiz finished in this browser; scored by the engine on the
 * spot, never stored elsewhere.
 */
export function ResultsView({ bank }: { bank: QuestionBank }) {
  // The URL and storage are read right after hydration, which React does in one uninterruptible
  // task; the report they lead to is then rendered as deferred work, in slices of a few
  // milliseconds that let the browser respond and paint in between (no long task).
  const hash = useDeferredValue(useLocationHash());
  // An opened export file is shown in memory only, like a share link: nothing saved is replaced.
  const [imported, setImported] = useState<{ result: ImportedResult; serial: number } | null>(null);
  const showImported = (result: ImportedResult) =>
    setImported((previous) => ({ result, serial: (previous?.serial ?? 0) + 1 }));
  const raw = useDeferredValue(useInitialStoredItem(RESULT_KEY));
  const shared = useMemo(() => (hash ? decodeShareCode(bank, hash) : null), [hash, bank]);
  // The saved-result decoder (and zod with it) is fetched only when there is a saved result to
  // read and no share link to show instead.
  const [saved, setSaved] = useState<ProgressDecoding | null>(null);
  const decodingSaved = Boolean(raw) && hash === '' && saved === null;
  useEffect(() => {
    if (!raw || hash !== '') return;
    let current = true;
    void import('@/lib/codecs/saved-progress').then(({ decodeSavedProgress }) => {
      if (!current) return;
      const decoding = decodeSavedProgress(
        raw,
        { id: bank.id, version: bank.version },
        bank.questions,
      );
      keepAsideIfDamaged(RESULT_KEY, raw, decoding);
      setSaved(decoding);
    });
    return () => {
      current = false;
    };
  }, [raw, hash, bank]);

  if (hash === undefined || raw === undefined || decodingSaved) {
    return (
      <div className={`container ${styles.loading}`}>
        <h1>Your results</h1>
        <p role="status">Scoring your answers…</p>
      </div>
    );
  }

  if (imported) {
    const { result, serial } = imported;
    return (
      <Report
        key={`imported-${serial}`}
        bank={bank}
        form={result.form}
        answers={result.answers}
        source="imported"
        onImport={showImported}
        notice={
          <div className={styles.importNotice} role="status" tabIndex={-1} ref={focusOnMount}>
            <p>
              <strong>Showing an imported result</strong>, exported on {result.exportedAt}. It is
              not saved in this browser, and nothing saved here has changed.
            </p>
            <button
              type="button"
              className="button button-secondary"
              onClick={() => setImported(null)}
            >
              Close it
            </button>
          </div>
        }
      />
    );
  }

  if (shared) {
    return shared.ok ? (
      <Report
        key={hash}
        bank={bank}
        form={shared.value.form}
        answers={shared.value.answers}
        source="shared"
        onImport={showImported}
      />
    ) : (
      <Problem title="This result link cannot be opened" kind={shared.error.kind}>
        <p className={styles.noticeText}>{shared.error.message}</p>
        <p>
          Ask whoever sent it for the link again, or take the quiz yourself to see your own result.
        </p>
      </Problem>
    );
  }

  if (saved?.status === 'restored') {
    return (
      <Report
        bank={bank}
        form={saved.progress.form}
        answers={saved.progress.answers}
        source="saved"
        onImport={showImported}
      />
    );
  }

  return saved ? (
    <Problem
      title="Your saved result could not be read"
      kind={saved.status}
      after={<ImportResult bank={bank} onImport={showImported} />}
    >
      <p className={styles.noticeText}>
        Your saved result could not be read: {saved.detail}. A copy was kept aside in this browser.
      </p>
    </Problem>
  ) : (
    <div className={`container ${styles.loading}`}>
      <h1>Your results</h1>
      <p className={styles.lead}>
        There is no finished quiz in this browser yet. Take the quiz to see how well you fit the CTO
        and the CPO role; your answers stay in this browser.
      </p>
      <p>
        <Link className="button" href="/quiz">
          Take the quiz
        </Link>
      </p>
      <ImportResult bank={bank} onImport={showImported} />
    </div>
  );
}

/** Moves focus to an element when it appears, e.g. to the notice that replaces the file input. */
const focusOnMount = (element: HTMLElement | null) => element?.focus();

function Problem({
  title,
  kind,
  children,
  after,
}: {
  title: string;
  kind: string;
  children: React.ReactNode;
  after?: React.ReactNode;
}) {
  return (
    <div className={`container ${styles.loading}`}>
      <h1>{title}</h1>
      <div className={styles.notice} role="alert" data-problem={kind}>
        {children}
      </div>
      <p className={styles.actions}>
        <Link className="button" href="/quiz">
          Take the quiz
        </Link>
        <Link className="button button-secondary" href="/roles">
          Read the role guide
        </Link>
      </p>
      {after}
    </div>
  );
}
