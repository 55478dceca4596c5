import { useId } from 'react';

import ui from '@/app/_shared/ui/ui.module.css';

import styles from './file-field.module.css';

/**
 * A labelled file input for a JSON file from Role Fit, with a hint read out with it; `onFile`
 * gets the input, so the caller can read its file and clear it.
 */
export function FileField({
  label,
  hint,
  disabled,
  onFile,
}: {
  label: string;
  hint: string;
  disabled: boolean;
  onFile: (input: HTMLInputElement) => void;
}) {
  const id = useId();
  return (
    <>
      <label htmlFor={`${id}-file`} className={styles.label}>
        {label}
      </label>
      <p id={`${id}-hint`} className={`${ui.muted} ${styles.hint}`}>
        {hint}
      </p>
      <input
        id={`${id}-file`}
        type="file"
        accept=".json,application/json"
        aria-describedby={`${id}-hint`}
        className={styles.input}
        disabled={disabled}
        onChange={(event) => onFile(event.currentTarget)}
      />
    </>
  );
}

/** The problems a file was refused for, one per line. */
export function ProblemList({ problems }: { problems: readonly string[] }) {
  return (
    <ul className={ui.steps}>
      {problems.map((problem, i) => (
        <li key={`${i}:${problem}`}>{problem}</li>
      ))}
    </ul>
  );
}
