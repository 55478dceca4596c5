import { SiteLink } from '@/app/_shared/site-link';

import type { AnswerProblem } from '@/lib/answers/find-answer-problems';
import type { Form } from '@/lib/answers/schema';
import type { CarryOver } from '@/lib/codecs/saved-progress';
import type { SavedProgress } from '@/lib/codecs/saved-progress-format';
import type { QuizContent } from '@/lib/quiz/quiz-content';

import { useState } from 'react';

import styles from './quiz.module.css';
import { SetAsideCopy } from './set-aside-copy';

/** Why saved progress could not be restored as it was. */
export type RestoreNotice =
  | {
      readonly kind: 'dropped';
      readonly dropped: readonly AnswerProblem[];
      readonly raw: string;
    }
  | {
      readonly kind: 'corrupted' | 'other-version';
      readonly detail: string;
      readonly raw: string;
    }
  /** The person chose to start afresh rather than carry an earlier version's answers over. */
  | { readonly kind: 'declined'; readonly raw: string };

/** A save made with an earlier version of the questions, whose matching answers can carry over. */
export interface OlderSave {
  readonly savedVersion: number;
  readonly finished: boolean;
  readonly carryOver: CarryOver;
}

interface Props {
  content: QuizContent;
  saved: SavedProgress | null;
  older: OlderSave | null;
  notice: RestoreNotice | null;
  storageFailed: boolean;
  onStart: (form: Form, progress: SavedProgress | null) => void;
  onStartOver: () => void;
  onCarryOver: () => void;
  onDeclineCarryOver: () => void;
  onSeeResults: () => void;
}

const FORM_NAMES: Record<Form, string> = { short: 'short form', full: 'full form' };

/** The quiz's first screen: choose a form, or continue saved progress. */
export function StartScreen({
  content,
  saved,
  older,
  notice,
  storageFailed,
  onStart,
  onStartOver,
  onCarryOver,
  onDeclineCarryOver,
  onSeeResults,
}: Props) {
  const [confirming, setConfirming] = useState(false);
  const answered = saved ? Object.keys(saved.answers).length : 0;

  return (
    <div className={`container ${styles.quiz}`}>
      <h1 className={styles.stepTitle}>
        {saved || older ? 'Welcome back' : 'Take the Role Fit quiz'}
      </h1>
      {notice && <RestoreMessage notice={notice} />}
      {storageFailed && (
        <p className={styles.warning} role="status">
          This browser is not letting Role Fit save answers, so they will be lost if you close or
          reload the page. Private browsing or full storage usually causes this.
        </p>
      )}

      {older ? (
        <CarryOverOffer
          content={content}
          older={older}
          onCarryOver={onCarryOver}
          onDecline={onDeclineCarryOver}
          onSeeResults={onSeeResults}
        />
      ) : saved ? (
        <section aria-labelledby="saved-title" className={styles.panel}>
          <h2 id="saved-title" className={styles.panelTitle}>
            {saved.finished
              ? `You finished the ${FORM_NAMES[saved.form]}`
              : `Your ${FORM_NAMES[saved.form]} is saved`}
          </h2>
          <p>
            You have answered {answered} of {content.forms[saved.form].questionCount} questions.
            Your answers are saved in this browser only.
          </p>
          {confirming ? (
            <div className={styles.confirm} role="group" aria-labelledby="confirm-title">
              <p id="confirm-title">
                Start over? This clears the {answered} answers saved in this browser. Your last
                finished result stays on the results page.
              </p>
              <div className={styles.actions}>
                <button
                  type="button"
                  className="button"
                  onClick={() => {
                    setConfirming(false);
                    onStartOver();
                  }}
                >
                  Clear answers and start over
                </button>
                <button
                  type="button"
                  className="button button-secondary"
                  onClick={() => setConfirming(false)}
                >
                  Keep my answers
                </button>
              </div>
            </div>
          ) : (
            <div className={styles.actions}>
              {saved.finished ? (
                <>
                  <button type="button" className="button" onClick={onSeeResults}>
                    See your results
                  </button>
                  <button
                    type="button"
                    className="button button-secondary"
                    onClick={() => onStart(saved.form, saved)}
                  >
                    Change answers
                  </button>
                </>
              ) : (
                <button type="button" className="button" onClick={() => onStart(saved.form, saved)}>
                  Continue where you left off
                </button>
              )}
              {saved.form === 'short' && (
                <button
                  type="button"
                  className="button button-secondary"
                  onClick={() => onStart('full', saved)}
                >
                  Go on to the full form
                </button>
              )}
              <button
                type="button"
                className="button button-secondary"
                onClick={() => setConfirming(true)}
              >
                Start over
              </button>
            </div>
          )}
        </section>
      ) : (
        <>
          <p className={styles.lead}>
            Rate statements about what you do, enjoy and are good at, then say what you would do in
            a few workplace situations. There are no right answers: answer for how you work today.
          </p>
          <ul className={styles.formChoices}>
            {(['short', 'full'] as const).map((f) => (
              <li key={f} className={styles.formChoice}>
                <h2 className={styles.panelTitle}>{f === 'short' ? 'Short form' : 'Full form'}</h2>
                <p>
                  {content.forms[f].questionCount} questions, about {content.forms[f].minutes}{' '}
                  minutes.{' '}
                  {f === 'short'
                    ? 'Covers every competency and tension once; a quick first read.'
                    : 'Several statements per competency; the firmest result.'}
                </p>
                <button
                  type="button"
                  className={f === 'full' ? 'button' : 'button button-secondary'}
                  onClick={() => onStart(f, null)}
                >
                  Start the {FORM_NAMES[f]}
                </button>
              </li>
            ))}
          </ul>
          <ul className={styles.tips}>
            <li>
              Your answers are saved in this browser as you go; come back any time to continue.
            </li>
            <li>Keyboard: Tab to a question, keys 1–5 answer it, Enter moves on.</li>
            <li>
              Curious what the roles involve first? Read the{' '}
              <SiteLink href="/roles">role guide</SiteLink>.
            </li>
          </ul>
        </>
      )}
    </div>
  );
}

/**
 * Answers saved with an earlier version of the questions: the ones that still match a current
 * question can come along into the current quiz, or the person starts afresh. Either way the
 * earlier save is kept aside, never simply deleted.
 */
function CarryOverOffer({
  content,
  older,
  onCarryOver,
  onDecline,
  onSeeResults,
}: {
  content: QuizContent;
  older: OlderSave;
  onCarryOver: () => void;
  onDecline: () => void;
  onSeeResults: () => void;
}) {
  const { form, answers, total } = older.carryOver;
  const inForm = content.forms[form].steps.flatMap((step) => step.questionIds);
  const matching = inForm.filter((id) => id in answers).length;
  const answersWord = (n: number) => (n === 1 ? 'answer' : 'answers');
  return (
    <section aria-labelledby="older-title" className={styles.panel}>
      <h2 id="older-title" className={styles.panelTitle}>
        {older.finished
          ? 'You finished an earlier version of the quiz'
          : 'Your answers are from an earlier version of the quiz'}
      </h2>
      <p>
        Your {FORM_NAMES[form]} in this browser was answered with version {older.savedVersion} of
        the questions; the quiz now uses version {content.bank.version}, with new and reworded
        statements.{' '}
        {matching > 0
          ? `${matching} of your ${total} ${answersWord(total)} match questions of the current ${FORM_NAMES[form]} and can be carried over; you then answer only the rest.`
          : `None of your ${total} ${answersWord(total)} match a question of the current ${FORM_NAMES[form]}.`}
      </p>
      {older.finished && <p>Your earlier result stays on the results page, scored as it was.</p>}
      <div className={styles.actions}>
        {matching > 0 && (
          <button type="button" className="button" onClick={onCarryOver}>
            Carry {matching} {answersWord(matching)} over
          </button>
        )}
        <button
          type="button"
          className={matching > 0 ? 'button button-secondary' : 'button'}
          onClick={onDecline}
        >
          Start fresh instead
        </button>
        {older.finished && (
          <button type="button" className="button button-secondary" onClick={onSeeResults}>
            See your earlier result
          </button>
        )}
      </div>
      <p className={styles.note}>
        Whichever you choose, a copy of the earlier answers is kept aside in this browser.
      </p>
    </section>
  );
}

function RestoreMessage({ notice }: { notice: RestoreNotice }) {
  if (notice.kind === 'declined') {
    return (
      <div className={styles.notice} role="status">
        <p>
          Starting fresh. Your answers from the earlier version are kept aside in this browser, and
          you can download them.
        </p>
        <SetAsideCopy raw={notice.raw} />
      </div>
    );
  }
  const what =
    notice.kind === 'dropped'
      ? `We restored your progress, but ${notice.dropped.length === 1 ? 'one saved answer no longer matches' : `${notice.dropped.length} saved answers no longer match`} the questions and ${notice.dropped.length === 1 ? 'was' : 'were'} left out.`
      : notice.kind === 'other-version'
        ? `Your saved answers are from another version of the quiz, so they cannot be scored against the current questions: ${notice.detail}.`
        : `We could not read your saved answers: ${notice.detail}.`;
  return (
    <div className={styles.notice} role="status">
      <p>{what}</p>
      <p>
        Nothing was deleted: a copy of what was saved is kept aside in this browser, and you can
        download it.
      </p>
      <SetAsideCopy raw={notice.raw} />
    </div>
  );
}
