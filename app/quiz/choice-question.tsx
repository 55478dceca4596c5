import type { KeyboardEvent } from 'react';
import type { UseFormRegisterReturn } from 'react-hook-form';

import { QuestionFieldset, QuestionNumber } from './question-fieldset';
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
  return (
    <QuestionFieldset
      id={id}
      error={error}
      onKeyDown={onKeyDown}
      legend={
        <>
          <span className={styles.scenario}>
            <QuestionNumber number={number} /> {text}
          </span>
          <span className={styles.prompt}>{prompt}</span>
        </>
      }
    >
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
    </QuestionFieldset>
  );
}
