'use client';

import dynamic from 'next/dynamic';
import { useSlices } from '@/app/_shared/use-slices';

import type { Answers, Form } from '@/lib/answers/schema';
import type { QuestionBank } from '@/lib/bank/schema';
import type { ImportedResult } from '@/lib/export/decode-export-file';
import type { ResultSource } from '@/lib/codecs/shown-result';
import { buildNearestArchetypeView } from '@/lib/report/describe-archetype';
import { buildConfidenceView } from '@/lib/report/describe-confidence';
import { describeFits } from '@/lib/report/describe-fits';
import type { FitProfile } from '@/lib/scoring';
import type { ConfidenceLevel } from '@/lib/scoring/profile';

import { Card, classNames, TwoColumn } from '@/app/_shared/ui';

import { FitSummary } from './fit-summary';
import { ReportActions } from './report-actions';
import ui from '@/app/_shared/ui/ui.module.css';

import styles from './results.module.css';
import { ChangeAnswersDialog } from './change-answers-dialog';
import { useChangeAnswers } from './use-change-answers';
import { useResultWords } from './use-result-words';

// Only the headline is in the page's first script: the sections below it are fetched alongside,
// so the verdict and fits paint as soon as the framework and the engine have run.
const ReadingGuide = dynamic(() => import('./reading-guide').then((m) => m.ReadingGuide));
const CompetencySection = dynamic(() =>
  import('./competency-section').then((m) => m.CompetencySection),
);
const ArchetypesSection = dynamic(() =>
  import('./archetypes-section').then((m) => m.ArchetypesSection),
);
const FocusAreasSection = dynamic(() =>
  import('./focus-areas-section').then((m) => m.FocusAreasSection),
);
const TensionsSection = dynamic(() => import('./tensions-section').then((m) => m.TensionsSection));
const AnswerReview = dynamic(() => import('./answer-review').then((m) => m.AnswerReview));

/** The colour of each confidence level's pill: the notices' tones. */
const CONFIDENCE_TONE: Record<ConfidenceLevel, string | undefined> = {
  high: ui.success,
  medium: ui.warning,
  low: ui.danger,
};

/** How many sections follow the headline; they render one after another. */
const DETAIL_SECTIONS = 6;

interface Props {
  bank: QuestionBank;
  form: Form;
  answers: Answers;
  source: ResultSource;
  /** The engine's profile of the answers, whose verdict the page's header shows. */
  profile: FitProfile;
  onImport: (result: ImportedResult) => void;
}

/** The report below the verdict for one answer set: the engine's profile, section by section. */
export function Report({ bank, form, answers, profile, source, onImport }: Props) {
  const words = useResultWords();
  const fits = describeFits(words, profile);
  const confidence = buildConfidenceView(words, profile);
  const archetype = buildNearestArchetypeView(words, bank, profile);
  const nearest = archetype.nearest;
  const change = useChangeAnswers(bank, form, answers, source);
  const shown = useSlices(DETAIL_SECTIONS);

  return (
    <>
      <TwoColumn lean="start" className={styles.headline}>
        <div className={styles.stack}>
          <FitSummary fits={fits} />
          <ReportActions
            bank={bank}
            form={form}
            answers={answers}
            profile={profile}
            source={source}
            change={change}
            onImport={onImport}
          />
        </div>

        <div className={styles.stack}>
          <Card as="section" aria-labelledby="confidence-title">
            <h2 id="confidence-title" className={styles.cardTitle}>
              {confidence.heading}
            </h2>
            <p>
              <strong className={classNames(ui.pill, CONFIDENCE_TONE[confidence.level])}>
                {confidence.title}
              </strong>
            </p>
            <p>
              {confidence.meaning} {confidence.basis}
            </p>
            {confidence.reasons.length > 0 && (
              <ul className={ui.steps}>
                {confidence.reasons.map((reason) => (
                  <li key={reason.code}>
                    <strong>{reason.message}</strong> {reason.advice}
                  </li>
                ))}
              </ul>
            )}
          </Card>

          <Card as="section" aria-labelledby="archetype-title">
            <h2 id="archetype-title" className={styles.cardTitle}>
              {archetype.heading}
            </h2>
            {nearest ? (
              <>
                <p className={styles.archetypeName}>{nearest.name}</p>
                <p className={ui.muted}>{nearest.closeness}</p>
                <p>{nearest.summary}</p>
                <p>
                  <strong>{archetype.adviceLabel}:</strong> {nearest.advice}
                </p>
              </>
            ) : (
              <p>{archetype.empty}</p>
            )}
          </Card>
        </div>
      </TwoColumn>

      {shown >= 1 && <ReadingGuide scoring={bank.scoring} />}
      {shown >= 2 && <CompetencySection bank={bank} profile={profile} />}
      {shown >= 3 && <ArchetypesSection bank={bank} profile={profile} />}
      {shown >= 4 && <FocusAreasSection bank={bank} profile={profile} />}
      {shown >= 5 && <TensionsSection bank={bank} profile={profile} />}
      {shown >= 6 && (
        <AnswerReview bank={bank} form={form} answers={answers} source={source} change={change} />
      )}
      <ChangeAnswersDialog change={change} />
    </>
  );
}
