import type { Ref } from 'react';

import ui from '@/app/_shared/ui/ui.module.css';

import styles from './result-link-field.module.css';

/** The words of a {@link ResultLinkField}, from a page's copy. */
export interface ResultLinkWords {
  readonly link: string;
  readonly linkHint: string;
  /** Read out before the error, e.g. "Error: ". */
  readonly errorPrefix: string;
}

/**
 * A labelled box for one pasted result link, with its hint and, after a check, its error; both
 * are read out with the box. `describedBy` adds the ids of further notes, e.g. a status line.
 */
export function ResultLinkField({
  id,
  words,
  value,
  error,
  onChange,
  rows = 3,
  describedBy = [],
  inputRef,
}: {
  id: string;
  words: ResultLinkWords;
  value: string;
  error: string | null;
  onChange: (value: string) => void;
  rows?: number;
  describedBy?: readonly string[];
  inputRef?: Ref<HTMLTextAreaElement>;
}) {
  return (
    <>
      <label htmlFor={id}>{words.link}</label>
      <p id={`${id}-hint`} className={`${ui.muted} ${styles.hint}`}>
        {words.linkHint}
      </p>
      {error && (
        <p id={`${id}-error`} className={styles.error}>
          <span className="visually-hidden">{words.errorPrefix}</span>
          {error}
        </p>
      )}
      <textarea
        ref={inputRef}
        id={id}
        rows={rows}
        spellCheck={false}
        autoCapitalize="off"
        autoComplete="off"
        aria-describedby={[`${id}-hint`, ...(error ? [`${id}-error`] : []), ...describedBy].join(
          ' ',
        )}
        aria-invalid={error ? true : undefined}
        value={value}
        onChange={(event) => onChange(event.currentTarget.value)}
      />
    </>
  );
}
