'use client';

import Link from 'next/link';
import { Fragment, useDeferredValue, useEffect, useMemo, useState } from 'react';

import type { Answers, Form } from '@/lib/answers/schema';

import type { QuestionBank } from '@/lib/bank/schema';
import type { ProgressDecoding } from '@/lib/codecs/saved-progress';
import { decodeShareCode } from '@/lib/codecs/share-code';
import type { ImportedResult } from '@/lib/export/decode-export-file';
import { scoreAnswers } from '@/lib/scoring';

import { keepAsideIfDamaged, RESULT_KEY } from '../quiz/progress-storage';
import { useInitialStoredItem } from '../quiz/use-initial-stored-item';
import { ImportResult } from './import-result';
import { Report, type ResultSource } from './report';
import { READING_HEADER, ResultsPage } from './results-page';
import { ReportSkeleton } from './report-skeleton';
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

  // The answer set on screen, and its profile, are worked out here: the verdict is the header's.
  const shown: ShownAnswers | null = imported
    ? { ...imported.result, source: 'imported' }
    : shared?.ok
      ? { ...shared.value, source: 'shared' }
      : !shared && saved?.status === 'restored'
        ? { ...saved.progress, source: 'saved' }
        : null;
  const { form, answers } = shown ?? {};
  const profile = useMemo(
    () => (form && answers ? scoreAnswers(bank, answers, { form }) : null),
    [bank, answers, form],
  );

  if (hash === undefined || raw === undefined || decodingSaved) {
    return (
      <ResultsPage state="reading" header={READING_HEADER}>
        <p role="status" className={styles.small}>
          Scoring your answers…
        </p>
        <ReportSkeleton />
      </ResultsPage>
    );
  }

  if (shown && profile) {
    const report = (
      <Report
        bank={bank}
        form={shown.form}
        answers={shown.answers}
        profile={profile}
        source={shown.source}
        onImport={showImported}
      />
    );
    return (
      <ResultsPage
        state="report"
        header={{
          // One line even on a phone, like the reading header's, so that the title does not move.
          eyebrow: `${EYEBROWS[shown.source]} · ${shown.form === 'full' ? 'full form' : 'short form'}`,
          title: profile.verdict.headline,
          lead: profile.verdict.summary,
        }}
      >
        {imported ? (
          <Fragment key={`imported-${imported.serial}`}>
            <div className={styles.importNotice} role="status" tabIndex={-1} ref={focusOnMount}>
              <p>
                <strong>Showing an imported result</strong>, exported on{' '}
                {imported.result.exportedAt}. It is not saved in this browser, and nothing saved
                here has changed.
              </p>
              <button
                type="button"
                className="button button-secondary"
                onClick={() => setImported(null)}
              >
                Close it
              </button>
            </div>
            {report}
          </Fragment>
        ) : (
          <Fragment key={shown.source === 'shared' ? `shared-${hash}` : 'saved'}>{report}</Fragment>
        )}
      </ResultsPage>
    );
  }

  if (shared && !shared.ok) {
    return (
      <Problem title="This result link cannot be opened" kind={shared.error.kind}>
        <p className={styles.noticeText}>{shared.error.message}</p>
        <p>
          Ask whoever sent it for the link again, or take the quiz yourself to see your own result.
        </p>
      </Problem>
    );
  }

  return saved && saved.status !== 'restored' ? (
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
    <ResultsPage
      state="message"
      header={{
        ...READING_HEADER,
        lead: 'There is no finished quiz in this browser yet. Take the quiz to see how well you fit the CTO and the CPO role; your answers stay in this browser.',
      }}
    >
      <p>
        <Link className="button" href="/quiz">
          Take the quiz
        </Link>
      </p>
      <ImportResult bank={bank} onImport={showImported} />
    </ResultsPage>
  );
}

/** The answer set the page shows, and where it came from. */
interface ShownAnswers {
  form: Form;
  answers: Answers;
  source: ResultSource;
}

const EYEBROWS: Record<ResultSource, string> = {
  saved: 'Your results',
  shared: 'A shared result',
  imported: 'An imported result',
};

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
    <ResultsPage
      state="message"
      header={{ eyebrow: READING_HEADER.eyebrow, title, lead: PROBLEM_LEAD }}
    >
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
    </ResultsPage>
  );
}

const PROBLEM_LEAD =
  'No result is shown, because its answers could not be read. Nothing was sent anywhere, and nothing saved in this browser has changed.';
