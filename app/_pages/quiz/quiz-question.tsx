import type { KeyboardEvent } from 'react';
import type { UseFormRegisterReturn } from 'react-hook-form';

import { questionNumberLabel } from '@/lib/quiz/describe-step';
import type { QuizQuestion as Question } from '@/lib/quiz/quiz-content';

import styles from './quiz.module.css';
import { useQuizWords } from './use-quiz-words';

interface Props {
  question: Question;
  /** The question's number in the whole form. */
  number: number;
  /** The Likert scale's labels, for a statement. */
  scale: readonly string[];
  error: string | undefined;
  field: UseFormRegisterReturn;
  onKeyDown: (event: KeyboardEvent<HTMLFieldSetElement>) => void;
}

/**
 * One question as a radio group named by its legend: a statement on the agreement scale, or a
 * workplace scenario with its options; its error message when unanswered.
 */
export function QuizQuestion({ question, number, scale, error, field, onKeyDown }: Props) {
  const words = useQuizWords();
  const errorId = `${question.id}-error`;
  const numbered = (
    <>
      <QuestionNumber number={number} /> {question.text}
    </>
  );
  const options =
    question.type === 'likert'
      ? scale.map((text, i) => ({ value: String(i + 1), text }))
      : question.options.map((option) => ({ value: option.id, text: option.text }));
  return (
    <fieldset
      id={question.id}
      className={styles.question}
      aria-describedby={error ? errorId : undefined}
      data-invalid={error ? '' : undefined}
      onKeyDown={onKeyDown}
    >
      <legend className={styles.legend}>
        {question.type === 'likert' ? (
          numbered
        ) : (
          <>
            <span className={styles.scenario}>{numbered}</span>
            <span className={styles.prompt}>{question.prompt}</span>
          </>
        )}
      </legend>
      {error && (
        <p id={errorId} className={styles.fieldError}>
          <span className="visually-hidden">{words.quiz.step.error}</span>
          {error}
        </p>
      )}
      <div className={`${styles.options} ${question.type === 'likert' ? styles.scale : ''}`}>
        {options.map((option, i) => (
          <label key={option.value} className={styles.option}>
            <input type="radio" value={option.value} {...field} />
            <span className={styles.key} aria-hidden="true">
              {i + 1}
            </span>
            <span>{option.text}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}

/** The question's number, shown but not read out: the legend's accessible name is the question. */
function QuestionNumber({ number }: { number: number }) {
  const words = useQuizWords();
  return (
    <span className={styles.number} aria-hidden="true">
      {questionNumberLabel(words, number)}
    </span>
  );
}
