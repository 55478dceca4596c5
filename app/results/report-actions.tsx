'use client';

import { loadAllCharts } from '@/app/components/charts/lazy-charts';
import type { Answers, Form } from '@/lib/answers/schema';
import type { QuestionBank } from '@/lib/bank/schema';

import styles from './results.module.css';
import { ShareLink } from './share-link';
import type { ChangeAnswers } from './use-change-answers';

interface Props {
  bank: QuestionBank;
  form: Form;
  answers: Answers;
  source: 'saved' | 'shared';
  change: ChangeAnswers;
}

/** What a person can do with the result: share it, change the answers, print it. */
export function ReportActions({ bank, form, answers, source, change }: Props) {
  return (
    <section className={styles.actionsPanel} aria-labelledby="actions-title">
      <h2 id="actions-title" className="visually-hidden">
        Share or change this result
      </h2>
      <div className={styles.actions}>
        <ShareLink bank={bank} form={form} answers={answers} />
        <button type="button" className="button button-secondary" onClick={() => change.request()}>
          {source === 'shared' ? 'Change these answers' : 'Change your answers'}
        </button>
        <button
          type="button"
          className="button button-secondary"
          onClick={() => void loadAllCharts().then(() => window.print())}
        >
          Print or save as PDF
        </button>
      </div>
      {change.problem && (
        <p className={styles.warning} role="alert">
          {change.problem}
        </p>
      )}
    </section>
  );
}
