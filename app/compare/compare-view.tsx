'use client';

import { useMemo, useState } from 'react';

import { SiteLink } from '@/app/components/site-link';
import type { QuestionBank } from '@/lib/bank/schema';
import { decodeCompareCode, DEFAULT_NAMES, type DecodedPerson } from '@/lib/codecs/compare-code';
import type { PairingContent } from '@/lib/compare';

import { CompareForm, type FormStart } from './compare-form';
import styles from './compare.module.css';
import { Comparison } from './comparison';
import { useRawHash } from './use-raw-hash';

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
  const hash = useRawHash();
  const [editing, setEditing] = useState<FormStart | null>(null);
  const decoded = useMemo(() => (hash ? decodeCompareCode(bank, hash) : null), [hash, bank]);

  const open = (code: string) => {
    setEditing(null);
    if (window.location.hash.replace(/^#/, '') === code) return;
    window.location.hash = code;
    window.scrollTo(0, 0);
  };

  if (hash === undefined) {
    return (
      <div className={`container ${styles.page}`}>
        <Intro />
        <p role="status">Reading the links…</p>
      </div>
    );
  }

  if (editing || !decoded) {
    return (
      <div className={`container ${styles.page}`}>
        <Intro />
        <CompareForm bank={bank} start={editing ?? EMPTY_START} onCompare={open} />
      </div>
    );
  }

  if (!decoded.ok) {
    const { error } = decoded;
    return (
      <div className={`container ${styles.page}`}>
        <h1>This comparison link cannot be opened</h1>
        <div className={styles.problem} role="alert" data-problem={error.kind}>
          <p className={styles.problemText}>{error.message}</p>
          <p>
            Ask whoever sent it for the link again, or paste the two result links yourself to make a
            new comparison.
          </p>
        </div>
        <p className={styles.actions}>
          <button
            type="button"
            className="button"
            onClick={() => setEditing(startFromBadCode(hash))}
          >
            Compare two results
          </button>
          <SiteLink className="button button-secondary" href="/quiz">
            Take the quiz
          </SiteLink>
        </p>
      </div>
    );
  }

  return (
    <Comparison
      key={hash}
      bank={bank}
      content={content}
      people={decoded.value}
      code={hash}
      onEdit={() => setEditing(startFrom(decoded.value))}
    />
  );
}

const EMPTY_START: FormStart = { links: ['', ''], names: ['', ''] };

function Intro() {
  return (
    <>
      <h1>Compare two results</h1>
      <p className={styles.lead}>
        Paste two Role Fit result links — yours and a co-founder’s, a CTO’s and a CPO’s, or two
        candidates’ — to see both fits side by side and where the pair is likely to clash or
        complement each other.
      </p>
    </>
  );
}

/** The form filled with the links of the comparison on screen, to change one of them. */
function startFrom(people: readonly [DecodedPerson, DecodedPerson]): FormStart {
  const link = (p: DecodedPerson) => `${window.location.origin}/results#${p.code}`;
  const name = (p: DecodedPerson, i: number) => (p.name === DEFAULT_NAMES[i] ? '' : p.name);
  return {
    links: [link(people[0]), link(people[1])],
    names: [name(people[0], 0), name(people[1], 1)],
  };
}

/** The two links of a comparison that could not be read, so that the good one is not lost. */
function startFromBadCode(hash: string): FormStart {
  const [, first = '', second = ''] = hash.split('~');
  return { links: [first, second], names: ['', ''] };
}
