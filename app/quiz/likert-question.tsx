import type { KeyboardEvent } from 'react';
import type { UseFormRegisterReturn } from 'react-hook-form';

import styles from './quiz.module.css';

interface Props {
  id: string;
  number: number;
  text: string;
  scale: readonly string[];
  error: string | undefined;
  field: UseFormRegisterReturn;
  onKeyDown: (event: KeyboardEvent<HTMLFieldSetElement>) => void;
}

/** A statement answered on the five-point agreement scale: a radio group named by the statement. */
export function LikertQuestion({ id, number, text, scale, error, field, onKeyDown }: Props) {
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
        <span className={styles.number} aria-hidden="true">
          {number}.
        </span>{' '}
        {text}
      </legend>
      {error && (
        <p id={errorId} className={styles.fieldError}>
          <span className="visually-hidden">Error: </span>
          {error}
        </p>
      )}
      <div className={styles.scale}>
        {scale.map((label, i) => {
          const value = String(i + 1);
          return (
            <label key={value} className={styles.option}>
              <input type="radio" value={value} {...field} />
              <span className={styles.tile}>
                <span className={styles.key} aria-hidden="true">
                  {value}
                </span>
                <span>{label}</span>
              </span>
            </label>
          );
        })}
      </div>
    </fieldset>
  );
}
