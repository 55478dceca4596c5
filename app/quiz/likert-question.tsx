import type { KeyboardEvent } from 'react';
import type { UseFormRegisterReturn } from 'react-hook-form';

import { QuestionFieldset, QuestionNumber } from './question-fieldset';
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
  return (
    <QuestionFieldset
      id={id}
      error={error}
      onKeyDown={onKeyDown}
      legend={
        <>
          <QuestionNumber number={number} /> {text}
        </>
      }
    >
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
    </QuestionFieldset>
  );
}
