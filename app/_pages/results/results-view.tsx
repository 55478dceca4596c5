'use client';

import { Fragment, useDeferredValue, useMemo, useState } from 'react';

import { EarlierVersionNotice } from '@/app/_shared/earlier-version-notice';
import { useWords } from '@/app/_shared/page-words';
import { Button, LinkButton, Notice } from '@/app/_shared/ui';
import { useRawHash } from '@/app/_shared/use-raw-hash';
import { useReleasedBanks } from '@/app/_shared/use-released-banks';
import { useSavedResult } from '@/app/_shared/use-saved-result';
import type { QuestionBank } from '@/lib/bank/schema';
import { readPastedLink } from '@/lib/codecs/pasted-link';
import { decodeShareCode, readShareCodeVersion } from '@/lib/codecs/share-code';
import {
  chooseShownAnswers,
  describeShownSource,
  describeUnreadableSaved,
} from '@/lib/codecs/shown-result';
import type { ImportedResult } from '@/lib/export/decode-export-file';
import type { ResultCopy } from '@/lib/report/copy/schema';
import { describeImportedNotice } from '@/lib/report/results-header';
import { scoreAnswers } from '@/lib/scoring';

import { ImportResult } from './import-result';
import { Report } from './report';
import { ReportSkeleton } from './report-skeleton';
import { ResultsFrame } from './results-frame';
import ui from '@/app/_shared/ui/ui.module.css';
import { useResultWords } from './use-result-words';

/**
 * The results of an export file the person opened, else of a share link (`/results#<code>`) when
 * the URL has one, else of the last quiz finished in this browser; scored by the engine on the
 * spot, never stored elsewhere. A result of an earlier bank version is scored by that version's
 * bank, fetched when first needed, and says so.
 */
export function ResultsView({ bank }: { bank: QuestionBank }) {
  const words = useResultWords();
  const scoring = useWords('scoring');
  const { header: READING_HEADER, page: PAGE } = words.result;
  // The URL and storage are read right after hydration, which React does in one uninterruptible
  // task; the report they lead to is then rendered as deferred work, in slices of a few
  // milliseconds that let the browser respond and paint in between (no long task).
  const decoders = useWords('decoders');
  const rawHash = useDeferredValue(useRawHash());
  const hash = rawHash === undefined ? undefined : readPastedLink(rawHash);
  // An opened export file is shown in memory only, like a share link: nothing saved is replaced.
  const [imported, setImported] = useState<{ result: ImportedResult; serial: number } | null>(null);
  const showImported = (result: ImportedResult) =>
    setImported((previous) => ({ result, serial: (previous?.serial ?? 0) + 1 }));
  // The saved result is decoded only when there is no share link to show instead.
  const saved = useSavedResult(bank, hash === '');
  const banks = useReleasedBanks(bank, [hash ? readShareCodeVersion(hash) : null]);
  const shared = useMemo(
    () => (hash && !banks.loading ? decodeShareCode(banks.lookup, hash, decoders) : null),
    [hash, banks.loading, banks.lookup, decoders],
  );
  const savedRead = saved.read?.status === 'read' ? saved.read : null;
  const shown = useMemo(
    () =>
      chooseShownAnswers({
        imported: imported?.result ?? null,
        shared,
        saved: hash === '' ? savedRead : null,
      }),
    [imported, shared, hash, savedRead],
  );
  const profile = useMemo(
    () =>
      shown
        ? scoreAnswers(shown.bank, shown.answers, scoring, {
            form: shown.form,
            ...(shown.timing && shown.timing.length > 0 ? { timing: shown.timing } : {}),
          })
        : null,
    [shown, scoring],
  );

  if (hash === undefined || saved.raw === undefined || saved.reading || banks.loading) {
    return (
      <ResultsFrame state="reading" header={READING_HEADER}>
        <p role="status" className={ui.muted}>
          {PAGE.scoring}
        </p>
        <ReportSkeleton />
      </ResultsFrame>
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
    const importedNotice = imported && describeImportedNotice(PAGE, imported.result.exportedAt);
    return (
      <ResultsFrame
        state="report"
        // One line even on a phone, like the reading header's, so that the title does not move.
        header={{
          eyebrow: describeShownSource(words, shown),
          title: profile.verdict.headline,
          lead: profile.verdict.summary,
        }}
      >
        <EarlierVersionNotice
          results={[{ version: shown.bank.version }]}
          current={bank.version}
          className={ui.notice}
        />
        {imported && importedNotice ? (
          <Fragment key={`imported-${imported.serial}`}>
            <div className={ui.notice} role="status" tabIndex={-1} ref={focusOnMount}>
              <p>
                {importedNotice.before}
                <strong>{importedNotice.strong}</strong>
                {importedNotice.after}
              </p>
              <Button variant="secondary" onClick={() => setImported(null)}>
                {PAGE.closeImported}
              </Button>
            </div>
            {report}
          </Fragment>
        ) : (
          <Fragment key={shown.source === 'shared' ? `shared-${hash}` : 'saved'}>{report}</Fragment>
        )}
      </ResultsFrame>
    );
  }

  if (shared && !shared.ok) {
    return (
      <Problem words={words.result} title={PAGE.linkProblem.title} kind={shared.error.kind}>
        <p>
          <strong>{shared.error.message}</strong>
        </p>
        <p>{PAGE.linkProblem.advice}</p>
      </Problem>
    );
  }

  const unreadable =
    saved.read?.status === 'unavailable'
      ? saved.read.detail
      : savedRead && describeUnreadableSaved(PAGE, savedRead.decoding);
  if (unreadable) {
    return (
      <Problem
        words={words.result}
        title={PAGE.savedProblemTitle}
        kind={savedRead ? savedRead.decoding.status : 'unavailable'}
        after={<ImportResult bank={bank} onImport={showImported} />}
      >
        <p>
          <strong>{unreadable}</strong>
        </p>
      </Problem>
    );
  }
  return (
    <ResultsFrame state="message" header={{ ...READING_HEADER, lead: PAGE.nothingYet }}>
      <p>
        <LinkButton href="/quiz">{PAGE.waysOn.quiz}</LinkButton>
      </p>
      <ImportResult bank={bank} onImport={showImported} />
    </ResultsFrame>
  );
}

/** Moves focus to an element when it appears, e.g. to the notice that replaces the file input. */
const focusOnMount = (element: HTMLElement | null) => element?.focus();

function Problem({
  words,
  title,
  kind,
  children,
  after,
}: {
  words: Pick<ResultCopy, 'header' | 'page'>;
  title: string;
  kind: string;
  children: React.ReactNode;
  after?: React.ReactNode;
}) {
  return (
    <ResultsFrame
      state="message"
      header={{ eyebrow: words.header.eyebrow, title, lead: words.page.problemLead }}
    >
      <Notice tone="danger" role="alert" data-problem={kind}>
        {children}
      </Notice>
      <p className={ui.actions}>
        {WAYS_ON.map((way) => (
          <LinkButton key={way.href} variant={way.variant} href={way.href}>
            {words.page.waysOn[way.label]}
          </LinkButton>
        ))}
      </p>
      {after}
    </ResultsFrame>
  );
}

/** Where a person can go from a result that could not be shown, and the words that say so. */
const WAYS_ON = [
  { href: '/quiz', label: 'quiz', variant: 'primary' },
  { href: '/roles', label: 'roles', variant: 'secondary' },
] as const;
