'use client';

import { Button, Notice } from '@/app/_shared/ui';
import { loadAllCharts } from '@/app/_shared/charts/lazy-charts';
import { useWords } from '@/app/_shared/page-words';
import { SiteLink } from '@/app/_shared/site-link';
import type { Answers, Form } from '@/lib/answers/schema';
import type { QuestionBank } from '@/lib/bank/schema';
import { encodeShareCode } from '@/lib/codecs/share-code';
import type { ImportedResult } from '@/lib/export/decode-export-file';
import type { FitProfile } from '@/lib/scoring';

import { ExportPanel } from './export-panel';
import { ImportResult } from './import-result';
import type { ResultSource } from '@/lib/codecs/shown-result';
import ui from '@/app/_shared/ui/ui.module.css';
import styles from './results.module.css';
import { ShareLink } from './share-link';
import type { ChangeAnswers } from './use-change-answers';

interface Props {
  bank: QuestionBank;
  form: Form;
  answers: Answers;
  /** The profile the page shows, which every export summarises. */
  profile: FitProfile;
  source: ResultSource;
  change: ChangeAnswers;
  onImport: (result: ImportedResult) => void;
}

/** What a person can do with the result: share it, change the answers, print, compare or export it, or open another. */
export function ReportActions({ bank, form, answers, profile, source, change, onImport }: Props) {
  const WORDS = useWords('result').page.actions;
  return (
    <section className={`${styles.actionsPanel} ${styles.stack}`} aria-labelledby="actions-title">
      <h2 id="actions-title" className="visually-hidden">
        {WORDS.title}
      </h2>
      <div className={ui.actions}>
        <ShareLink bank={bank} form={form} answers={answers} />
        <Button variant="secondary" onClick={() => change.request()}>
          {WORDS.change[source === 'saved' ? 'saved' : 'other']}
        </Button>
        <Button variant="secondary" onClick={() => void loadAllCharts().then(() => window.print())}>
          {WORDS.print}
        </Button>
        <SiteLink
          className="button button-secondary"
          href={`/compare#${encodeShareCode(bank, { form, answers })}`}
        >
          {WORDS.compare}
        </SiteLink>
      </div>
      {change.problem && (
        <Notice tone="danger" role="alert">
          {change.problem}
        </Notice>
      )}
      <ExportPanel bank={bank} form={form} answers={answers} profile={profile} />
      <ImportResult bank={bank} onImport={onImport} />
    </section>
  );
}
