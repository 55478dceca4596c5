import { useState } from 'react';

import { Button } from '@/app/_shared/ui';
import type { Form } from '@/lib/answers/schema';
import type { SavedProgress } from '@/lib/codecs/saved-progress-format';
import { describeSavedProgress } from '@/lib/quiz/describe-start';

import { QuizPanel } from './quiz-panel';
import styles from './quiz.module.css';
import { useQuizWords } from './use-quiz-words';

interface Props {
  saved: SavedProgress;
  questionCount: number;
  onStart: (form: Form, progress: SavedProgress) => void;
  onStartOver: () => void;
  onSeeResults: () => void;
}

/** Progress saved in this browser: continue it, change a finished one, or start over (after asking). */
export function SavedProgressPanel({
  saved,
  questionCount,
  onStart,
  onStartOver,
  onSeeResults,
}: Props) {
  const [confirming, setConfirming] = useState(false);
  const words = useQuizWords();
  const copy = words.quiz.saved;
  const view = describeSavedProgress(words, saved, questionCount);
  const button = (label: string, onClick: () => void, primary = false) => (
    <Button variant={primary ? 'primary' : 'secondary'} onClick={onClick}>
      {label}
    </Button>
  );
  return (
    <QuizPanel titleId="saved-title" title={view.title}>
      <p>{view.text}</p>
      {confirming ? (
        <div className={styles.confirm} role="group" aria-labelledby="confirm-title">
          <p id="confirm-title">{view.confirmStartOver}</p>
          <div className={`cluster ${styles.actions}`}>
            {button(
              copy.clearAndStartOver,
              () => {
                setConfirming(false);
                onStartOver();
              },
              true,
            )}
            {button(copy.keepAnswers, () => setConfirming(false))}
          </div>
        </div>
      ) : (
        <div className={`cluster ${styles.actions}`}>
          {saved.finished && button(copy.seeResults, onSeeResults, true)}
          {saved.finished
            ? button(copy.changeAnswers, () => onStart(saved.form, saved))
            : button(copy.continue, () => onStart(saved.form, saved), true)}
          {saved.form === 'short' && button(copy.goOnToFull, () => onStart('full', saved))}
          {button(copy.startOver, () => setConfirming(true))}
        </div>
      )}
    </QuizPanel>
  );
}
