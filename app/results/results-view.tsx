'use client';

import Link from 'next/link';
import { useEffect, useMemo } from 'react';

import type { QuestionBank } from '@/lib/bank/schema';
import { decodeSavedProgress } from '@/lib/codecs/saved-progress';
import { describeFitLevel, scoreAnswers } from '@/lib/scoring';

import { keepAsideIfDamaged, RESULT_KEY } from '../quiz/progress-storage';
import { useInitialStoredItem } from '../quiz/use-initial-stored-item';
import styles from './results.module.css';

const LEVEL_WORDS = {
  strong: 'strong match',
  solid: 'solid match',
  emerging: 'early match',
  low: 'not yet a match',
} as const;

/** The profile of the last finished quiz in this browser, scored by the engine on the spot. */
export function ResultsView({ bank }: { bank: QuestionBank }) {
  const raw = useInitialStoredItem(RESULT_KEY);
  const decoding = useMemo(
    () =>
      raw ? decodeSavedProgress(raw, { id: bank.id, version: bank.version }, bank.questions) : null,
    [raw, bank],
  );
  useEffect(() => {
    if (raw && decoding) keepAsideIfDamaged(RESULT_KEY, raw, decoding);
  }, [raw, decoding]);
  const profile = useMemo(
    () =>
      decoding?.status === 'restored'
        ? scoreAnswers(bank, decoding.progress.answers, { form: decoding.progress.form })
        : null,
    [decoding, bank],
  );

  if (raw === undefined) {
    return (
      <div className="container">
        <h1>Your results</h1>
        <p>Scoring your answers…</p>
      </div>
    );
  }

  if (!profile) {
    return (
      <div className="container">
        <h1>Your results</h1>
        <p className={styles.notice}>
          {decoding && decoding.status !== 'restored'
            ? `Your saved result could not be read: ${decoding.detail}. A copy was kept aside in this browser.`
            : 'There is no finished quiz in this browser yet.'}
        </p>
        <p>
          <Link className="button" href="/quiz">
            Take the quiz
          </Link>
        </p>
      </div>
    );
  }

  return (
    <div className="container">
      <p className={styles.eyebrow}>
        Your results · {profile.form === 'full' ? 'full form' : 'short form'}
      </p>
      <h1>{profile.verdict.headline}</h1>
      <p className={styles.lead}>{profile.verdict.summary}</p>
      <dl className={styles.fits}>
        {(['cto', 'cpo'] as const).map((role) => (
          <div key={role} className={styles.fit} data-role={role}>
            <dt>{role === 'cto' ? 'CTO fit' : 'CPO fit'}</dt>
            <dd>
              <span className={styles.score} data-testid={`fit-${role}`}>
                {profile.fit[role]}
              </span>
              <span className={styles.outOf}> / 100</span>
              <span className={styles.level}>
                {LEVEL_WORDS[describeFitLevel(profile.fit[role])]}
              </span>
            </dd>
          </div>
        ))}
      </dl>
      <p className={styles.note}>
        Confidence: <strong>{profile.confidence.level}</strong>.{' '}
        {profile.confidence.reasons.map((r) => r.message).join(' ')} Scores are positions on our
        0–100 scale, not a ranking against other people.
      </p>
      <p className={styles.actions}>
        <Link className="button" href="/quiz">
          Change your answers
        </Link>
        <Link className="button button-secondary" href="/roles">
          Read the role guide
        </Link>
      </p>
    </div>
  );
}
