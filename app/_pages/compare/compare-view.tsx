'use client';

import { useMemo } from 'react';

import { EarlierVersionNotice } from '@/app/_shared/earlier-version-notice';
import { Button, LinkButton, Notice } from '@/app/_shared/ui';
import ui from '@/app/_shared/ui/ui.module.css';
import { useGroupLink } from '@/app/_shared/use-group-link';
import type { QuestionBank } from '@/lib/bank/schema';
import {
  decodeCompareCode,
  readCompareCodeVersions,
  type CompareDecoding,
} from '@/lib/codecs/compare-code';
import type { PairingContent } from '@/lib/compare';
import { buildComparisonView } from '@/lib/compare/build-comparison-view';
import type { ComparisonHeader } from '@/lib/compare/comparison-view';
import {
  EMPTY_START,
  startFromCode,
  startFromComparison,
  type FormStart,
} from '@/lib/compare/form-start';

import { CompareForm } from './compare-form';
import styles from './compare.module.css';
import { Comparison } from './comparison';
import { useCompareWords } from './use-compare-words';

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
  const { hash, loading, decoded, editing, setEditing, startsWithOneResult, open } = useGroupLink<
    CompareDecoding<QuestionBank>,
    FormStart
  >(bank, readCompareCodeVersions, decodeCompareCode);
  const words = useCompareWords();
  const { headers, problem } = words.compare;
  const view = useMemo(
    () => (decoded?.ok ? buildComparisonView(words, bank, content, decoded.value) : null),
    [decoded, words, bank, content],
  );

  // Every state renders the same header elements, changing only their words: the server's
  // headline is painted before any script runs, and the comparison's takes its place rather than
  // appearing as new content (which would count as a later Largest Contentful Paint).
  if (hash === undefined || loading) {
    return (
      <Page header={headers.loading}>
        <p role="status">{words.compare.reading}</p>
      </Page>
    );
  }

  // A link to one result (the results page's "Compare with someone") starts a comparison with it.
  if (startsWithOneResult) {
    return (
      <Page header={headers.withOneResult}>
        <CompareForm
          key={hash}
          bank={bank}
          start={startFromCode(hash, 'single-result')}
          onCompare={open}
        />
      </Page>
    );
  }

  if (editing || !decoded) {
    return (
      <Page header={headers.intro}>
        <CompareForm bank={bank} start={editing ?? EMPTY_START} onCompare={open} />
      </Page>
    );
  }

  if (!decoded.ok || !view) {
    const error = decoded.ok ? null : decoded.error;
    return (
      <Page header={headers.problem}>
        <Notice tone="danger" role="alert" data-problem={error?.kind}>
          <p className={styles.problemText}>{error?.message}</p>
          <p>{problem.advice}</p>
        </Notice>
        <p className={`${ui.actions} ${styles.actions}`}>
          <Button onClick={() => setEditing(startFromCode(hash, error?.kind ?? null))}>
            {problem.retry}
          </Button>
          <LinkButton variant="secondary" href="/quiz">
            {problem.quiz}
          </LinkButton>
        </p>
      </Page>
    );
  }

  return (
    <Page header={view.header}>
      <EarlierVersionNotice
        results={decoded.value.map((person) => ({
          version: person.bank.version,
          name: person.name,
        }))}
        current={bank.version}
        className={ui.notice}
      />
      <Comparison
        key={hash}
        view={view}
        code={hash}
        onEdit={() => setEditing(startFromComparison(decoded.value, window.location.origin))}
      />
    </Page>
  );
}

function Page({ header, children }: { header: ComparisonHeader; children: React.ReactNode }) {
  return (
    <div className={`container ${styles.page}`}>
      <p className={ui.eyebrow}>{header.eyebrow}</p>
      <h1 id="page-title" className={styles.headline}>
        {header.title}
      </h1>
      <p className={ui.lead}>{header.lead}</p>
      {children}
    </div>
  );
}
