import { describeCarryOver, type OlderSave } from '@/lib/quiz/describe-start';
import type { QuizContent } from '@/lib/quiz/quiz-content';

import styles from './quiz.module.css';

interface Props {
  content: QuizContent;
  older: OlderSave;
  onCarryOver: () => void;
  onDecline: () => void;
  onSeeResults: () => void;
}

/**
 * Answers saved with an earlier version of the questions: the ones that still match a current
 * question can come along into the current quiz, or the person starts afresh. Either way the
 * earlier save is kept aside, never simply deleted.
 */
export function CarryOverOffer({ content, older, onCarryOver, onDecline, onSeeResults }: Props) {
  const offer = describeCarryOver(
    older,
    content.forms[older.carryOver.form].steps,
    content.bank.version,
  );
  return (
    <section aria-labelledby="older-title" className={styles.panel}>
      <h2 id="older-title" className={styles.panelTitle}>
        {offer.title}
      </h2>
      <p>{offer.text}</p>
      {older.finished && <p>Your earlier result stays on the results page, scored as it was.</p>}
      <div className={styles.actions}>
        {offer.carryLabel && (
          <button type="button" className="button" onClick={onCarryOver}>
            {offer.carryLabel}
          </button>
        )}
        <button
          type="button"
          className={offer.carryLabel ? 'button button-secondary' : 'button'}
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
