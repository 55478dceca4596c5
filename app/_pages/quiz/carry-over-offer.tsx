import { Button } from '@/app/_shared/ui';
import { describeCarryOver, type OlderSave } from '@/lib/quiz/describe-start';
import type { QuizContent } from '@/lib/quiz/quiz-content';
import ui from '@/app/_shared/ui/ui.module.css';

import { QuizPanel } from './quiz-panel';
import { useQuizWords } from './use-quiz-words';
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
  const words = useQuizWords();
  const offer = describeCarryOver(
    words,
    older,
    content.forms[older.carryOver.form].steps,
    content.bank.version,
  );
  const copy = words.quiz.carryOver;
  return (
    <QuizPanel titleId="older-title" title={offer.title}>
      <p>{offer.text}</p>
      {older.finished && <p>{copy.resultStays}</p>}
      <div className={`cluster ${styles.actions}`}>
        {offer.carryLabel && <Button onClick={onCarryOver}>{offer.carryLabel}</Button>}
        <Button variant={offer.carryLabel ? 'secondary' : 'primary'} onClick={onDecline}>
          {copy.startFresh}
        </Button>
        {older.finished && (
          <Button variant="secondary" onClick={onSeeResults}>
            {copy.seeEarlierResult}
          </Button>
        )}
      </div>
      <p className={ui.muted}>{copy.keptAside}</p>
    </QuizPanel>
  );
}
