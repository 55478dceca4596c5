'use client';

import Link from 'next/link';
import { Fragment, useDeferredValue, useEffect, useMemo, useState } from 'react';

import type { Answers, Form } from '@/lib/answers/schema';

import { EarlierVersionNotice } from '@/app/_shared/earlier-version-notice';
import type { SavedResultRead } from '@/app/_shared/read-saved-result';
import { useReleasedBanks } from '@/app/_shared/use-released-banks';
import type { QuestionBank } from '@/lib/bank/schema';
import { decodeShareCode, readShareCodeVersion } from '@/lib/codecs/share-code';
import { readPastedLink } from '@/lib/codecs/pasted-link';
import type { ImportedResult } from '@/lib/export/decode-export-file';
import { scoreAnswers } from '@/lib/scoring';
import type { StepTiming } from '@/lib/scoring/profile';

import { keepAsideIfDamaged, RESULT_KEY } from '@/app/_shared/progress-storage';
import { useInitialStoredItem } from '@/app/_shared/use-initial-stored-item';
import { ImportResult } from './import-result';
import { Report, type ResultSource } from './report';
import { READING_HEADER, ResultsPage } from './results-page';
import { ReportSkeleton } from './report-skeleton';
import styles from './results.module.css';
import { useRawHash } from '@/app/_shared/use-raw-hash';

/**
 * The results of an export file the person opened, else of a share link (`/results#<code>`) when
 * the URL has one, else of the last quiz finished in this browser; scored by the engine on the
 * spot, never stored elsewhere. A result of an earlier bank version is scored by that version's
 * bank, fetched when first needed, and says so.
 */
export function ResultsView({ bank }: { bank: QuestionBank }) {
  // The URL and storage are read right after hydration, which React does in one uninterruptible
  // task; the report they lead to is then rendered as deferred work, in slices of a few
  // milliseconds that let the browser respond and paint in between (no long task).
  const rawHash = useDeferredValue(useRawHash());
  const hash = rawHash === undefined ? undefined : readPastedLink(rawHash);
  // An opened export file is shown in memory only, like a share link: nothing saved is replaced.
  const [imported, setImported] = useState<{ result: ImportedResult; serial: number } | null>(null);
  const showImported = (result: ImportedResult) =>
    setImported((previous) => ({ result, serial: (previous?.serial ?? 0) + 1 }));
  const raw = useDeferredValue(useInitialStoredItem(RESULT_KEY));
  const banks = useReleasedBanks(bank, [hash ? readShareCodeVersion(hash) : null]);
  const shared = useMemo(
    () => (hash && !banks.loading ? decodeShareCode(banks.lookup, hash) : null),
    [hash, banks.loading, banks.lookup],
  );
  // The saved-result decoder (and zod with it) is fetched only when there is a saved result to
  // read and no share link to show instead.
  const [saved, setSaved] = useState<SavedResultRead | null>(null);
  const decodingSaved = Boolean(raw) && hash === '' && saved === null;
  useEffect(() => {
    if (!raw || hash !== '') return;
    let current = true;
    void import('@/app/_shared/read-saved-result')
      .then(({ readSavedResult }) => readSavedResult(raw, bank))
      .then((read) => {
        if (!current) return;
        if (read.status === 'read') keepAsideIfDamaged(RESULT_KEY, raw, read.decoding);
        setSaved(read);
      });
    return () => {
      current = false;
    };
  }, [raw, hash, bank]);
  const savedProgress =
    saved?.status === 'read' && saved.decoding.status === 'restored' ? saved.decoding : null;

  // The answer set on screen, and its profile, are worked out here: the verdict is the header's.
  const shown: ShownAnswers | null = imported
    ? { ...imported.result, source: 'imported' }
    : shared?.ok
      ? { ...shared.value, bank: shared.bank, source: 'shared' }
      : !shared && savedProgress && saved?.status === 'read'
        ? {
            ...savedProgress.progress,
            bank: saved.bank,
            source: 'saved',
            // Only the quiz just finished here knows how long each step took.
            timing: savedProgress.progress.timing,
          }
        : null;
  const { form, answers, timing } = shown ?? {};
  const shownBank = shown?.bank;
  const profile = useMemo(
    () =>
      form && answers && shownBank
        ? scoreAnswers(shownBank, answers, {
            form,
            ...(timing && timing.length > 0 ? { timing } : {}),
          })
        : null,
    [shownBank, answers, form, timing],
  );

  if (hash === undefined || raw === undefined || decodingSaved || banks.loading) {
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
        bank={shown.bank}
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
        <EarlierVersionNotice
          results={[{ version: shown.bank.version }]}
          current={bank.version}
          className={styles.importNotice}
        />
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

  const unreadable =
    saved?.status === 'unavailable'
      ? saved.detail
      : saved?.status === 'read' && saved.decoding.status !== 'restored'
        ? `Your saved result could not be read: ${'detail' in saved.decoding ? saved.decoding.detail : 'it is of another version of the quiz'}. A copy was kept aside in this browser.`
        : null;
  return unreadable !== null ? (
    <Problem
      title="Your saved result could not be read"
      kind={saved?.status === 'read' ? saved.decoding.status : 'unavailable'}
      after={<ImportResult bank={bank} onImport={showImported} />}
    >
      <p className={styles.noticeText}>{unreadable}</p>
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
  /** The bank of the version the answers were given to, which scores them. */
  bank: QuestionBank;
  source: ResultSource;
  /** How long each step took: only for the quiz just finished in this browser. */
  timing?: readonly StepTiming[] | undefined;
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
