import type { KeyboardEvent, ReactNode } from 'react';

import styles from './quiz.module.css';

interface Props {
  id: string;
  /** The legend: the question as a person reads it; it names the radio group. */
  legend: ReactNode;
  error: string | undefined;
  onKeyDown: (event: KeyboardEvent<HTMLFieldSetElement>) => void;
  children: ReactNode;
}

/** One question as a radio group: its legend, its error message when unanswered, its options. */
export function QuestionFieldset({ id, legend, error, onKeyDown, children }: Props) {
  const errorId = `${id}-error`;
  return (
    <fieldset
      id={id}
      className={styles.question}
      aria-describedby={error ? errorId : undefined}
      data-invalid={error ? '' : undefined}
      onKeyDown={onKeyDown}
    >
      <legend className={styles.legend}>{legend}</legend>
      {error && (
        <p id={errorId} className={styles.fieldError}>
          <span className="visually-hidden">Error: </span>
          {error}
        </p>
      )}
      {children}
    </fieldset>
  );
}

/** The question's number, shown but not read out: the legend's accessible name is the question. */
export function QuestionNumber({ number }: { number: number }) {
  return (
    <span className={styles.number} aria-hidden="true">
      {number}.
    </span>
  );
}
