import type { KeyboardEvent } from 'react';
import type { UseFormRegisterReturn } from 'react-hook-form';

import styles from './quiz.module.css';

interface Props {
  id: string;
  number: number;
  text: string;
  prompt: string;
  options: readonly { readonly id: string; readonly text: string }[];
  error: string | undefined;
  field: UseFormRegisterReturn;
  onKeyDown: (event: KeyboardEvent<HTMLFieldSetElement>) => void;
}

/** A workplace scenario: a radio group named by the situation and its question. */
export function ChoiceQuestion({
  id,
  number,
  text,
  prompt,
  options,
  error,
  field,
  onKeyDown,
}: Props) {
  const errorId = `${id}-error`;
  return (
    <fieldset
      id={id}
      className={styles.question}
      aria-describedby={error ? errorId : undefined}
      data-invalid={error ? '' : undefined}
      onKeyDown={onKeyDown}
    >
      <legend className={styles.legend}>
        <span className={styles.scenario}>
          <span className={styles.number} aria-hidden="true">
            {number}.
          </span>{' '}
          {text}
        </span>
        <span className={styles.prompt}>{prompt}</span>
      </legend>
      {error && (
        <p id={errorId} className={styles.fieldError}>
          <span className="visually-hidden">Error: </span>
          {error}
        </p>
      )}
      <div className={styles.choices}>
        {options.map((option, i) => (
          <label key={option.id} className={styles.option}>
            <input type="radio" value={option.id} {...field} />
            <span className={styles.tile}>
              <span className={styles.key} aria-hidden="true">
                {i + 1}
              </span>
              <span>{option.text}</span>
            </span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
