'use client';

import { useDeferredValue, useEffect, useMemo, useState } from 'react';

import { EarlierVersionNotice } from '@/app/_shared/earlier-version-notice';
import { useReleasedBanks } from '@/app/_shared/use-released-banks';
import { SiteLink } from '@/app/_shared/site-link';
import type { QuestionBank } from '@/lib/bank/schema';
import {
  decodeCompareCode,
  DEFAULT_NAMES,
  readCompareCodeVersions,
  type DecodedPerson,
} from '@/lib/codecs/compare-code';
import { buildPairingReport, type PairingContent } from '@/lib/compare';
import { scoreAnswers } from '@/lib/scoring';

import { CompareForm, type FormStart } from './compare-form';
import styles from './compare.module.css';
import { Comparison } from './comparison';
import { useRawHash } from '@/app/_shared/use-raw-hash';

interface Props {
  bank: QuestionBank;
  content: PairingContent;
}

/**
 * `/compare#<compare code>` shows the comparison of two results; without a fragment, or when the
 * person chooses to change it, a form takes two result links. Everything is worked out here, in
 * the browser, from the links alone.
 */
export function CompareView({ bank, content }: Props) {
  // The fragment is read right after hydration, which React does in one uninterruptible task; the
  // comparison it leads to then renders as deferred work, in slices that let the browser paint and
  // respond in between (decision 011).
  const hash = useDeferredValue(useRawHash());
  const [editing, setEditing] = useState<FormStart | null>(null);
  // Each person's result is read and scored with the bank of its own version; an earlier one is
  // fetched when first needed.
  const banks = useReleasedBanks(bank, hash ? readCompareCodeVersions(hash) : []);
  const decoded = useMemo(
    () => (hash && !banks.loading ? decodeCompareCode(banks.lookup, hash) : null),
    [hash, banks.loading, banks.lookup],
  );
  const report = useMemo(() => {
    if (!decoded?.ok) return null;
    const [a, b] = decoded.value;
    return buildPairingReport(bank, content, [
      { name: a.name, profile: scoreAnswers(a.bank, a.answers, { form: a.form }) },
      { name: b.name, profile: scoreAnswers(b.bank, b.answers, { form: b.form }) },
    ]);
  }, [decoded, bank, content]);

  // Arriving from the results page's "Compare with someone", the person starts at the top of the
  // form: Next keeps the scroll position for a link whose fragment names no element, which on a
  // phone left them half-way down, past the header and the first field.
  const startsWithOneResult =
    !editing && decoded !== null && !decoded.ok && decoded.error.kind === 'single-result';
  useEffect(() => {
    if (startsWithOneResult) window.scrollTo(0, 0);
  }, [startsWithOneResult]);

  const open = (code: string) => {
    setEditing(null);
    if (window.location.hash.replace(/^#/, '') === code) return;
    window.location.hash = code;
    window.scrollTo(0, 0);
  };

  // Every state renders the same header elements, changing only their words: the server's
  // headline is painted before any script runs, and the comparison's takes its place rather than
  // appearing as new content (which would count as a later Largest Contentful Paint).
  if (hash === undefined || banks.loading) {
    return (
      <Page header={LOADING}>
        <p role="status">Reading the links…</p>
      </Page>
    );
  }

  // A link to one result (the results page's "Compare with someone") starts a comparison with it.
  if (startsWithOneResult) {
    return (
      <Page header={WITH_ONE_RESULT}>
        <CompareForm
          key={hash}
          bank={bank}
          start={startFromBadCode(hash, 'single-result')}
          onCompare={open}
        />
      </Page>
    );
  }

  if (editing || !decoded) {
    return (
      <Page header={INTRO}>
        <CompareForm bank={bank} start={editing ?? EMPTY_START} onCompare={open} />
      </Page>
    );
  }

  if (!decoded.ok || !report) {
    const error = decoded.ok ? null : decoded.error;
    return (
      <Page
        header={{
          eyebrow: 'Comparison link',
          title: 'This comparison link cannot be opened',
          lead: 'Nothing was compared, because the link could not be read.',
        }}
      >
        <div className={styles.problem} role="alert" data-problem={error?.kind}>
          <p className={styles.problemText}>{error?.message}</p>
          <p>
            Ask whoever sent it for the link again, or paste the two result links yourself to make a
            new comparison.
          </p>
        </div>
        <p className={styles.actions}>
          <button
            type="button"
            className="button"
            onClick={() => setEditing(startFromBadCode(hash, error?.kind ?? ''))}
          >
            Compare two results
          </button>
          <SiteLink className="button button-secondary" href="/quiz">
            Take the quiz
          </SiteLink>
        </p>
      </Page>
    );
  }

  const [a, b] = report.people;
  return (
    <Page
      header={{
        eyebrow: `${a.name} and ${b.name}, compared`,
        title: report.overall.headline,
        lead: report.overall.summary,
      }}
    >
      <EarlierVersionNotice
        results={decoded.value.map((person) => ({
          version: person.bank.version,
          name: person.name,
        }))}
        current={bank.version}
        className={styles.earlier}
      />
      <Comparison
        key={hash}
        bank={bank}
        content={content}
        report={report}
        people={decoded.value}
        code={hash}
        onEdit={() => setEditing(startFrom(decoded.value))}
      />
    </Page>
  );
}

interface Header {
  readonly eyebrow: string;
  readonly title: string;
  readonly lead: string;
}

const WITH_ONE_RESULT: Header = {
  eyebrow: 'Two results side by side',
  title: 'Compare this result with someone',
  lead: 'The first link holds the result you came from. Paste the second person’s result link — a co-founder’s, a CTO’s or a CPO’s, a candidate’s — to see where the two of you are likely to clash or complement each other.',
};

const LOADING: Header = {
  eyebrow: 'Two results side by side',
  title: 'Compare two results',
  lead: 'Both fits, both competency profiles, and where a pair is likely to clash or complement each other, worked out in this browser from two result links alone.',
};

const INTRO: Header = {
  eyebrow: 'Two results side by side',
  title: 'Compare two results',
  lead: 'Paste two Role Fit result links — yours and a co-founder’s, a CTO’s and a CPO’s, or two candidates’ — to see both fits side by side and where the pair is likely to clash or complement each other.',
};

function Page({ header, children }: { header: Header; children: React.ReactNode }) {
  return (
    <div className={`container ${styles.page}`}>
      <p className={styles.eyebrow}>{header.eyebrow}</p>
      <h1 id="page-title" className={styles.headline}>
        {header.title}
      </h1>
      <p className={styles.lead}>{header.lead}</p>
      {children}
    </div>
  );
}

const EMPTY_START: FormStart = { links: ['', ''], names: ['', ''] };

/** The form filled with the links of the comparison on screen, to change one of them. */
function startFrom(people: readonly [DecodedPerson, DecodedPerson]): FormStart {
  const link = (p: DecodedPerson) => `${window.location.origin}/results#${p.code}`;
  const name = (p: DecodedPerson, i: number) => (p.name === DEFAULT_NAMES[i] ? '' : p.name);
  return {
    links: [link(people[0]), link(people[1])],
    names: [name(people[0], 0), name(people[1], 1)],
  };
}

/** The links of a comparison that could not be read, so that a good one is not lost. */
function startFromBadCode(hash: string, kind: string): FormStart {
  if (kind === 'single-result') return { links: [hash, ''], names: ['', ''] };
  const [, first = '', second = ''] = hash.split('~');
  return { links: [first, second], names: ['', ''] };
}
