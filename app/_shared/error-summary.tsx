'use client';

import { useId, type Ref } from 'react';

import ui from '@/app/_shared/ui/ui.module.css';

import styles from './error-summary.module.css';

/** One problem: the id of the field it is about, and what to say. */
export interface ErrorSummaryItem {
  readonly id: string;
  readonly text: string;
}

interface Props {
  title: string;
  items: readonly ErrorSummaryItem[];
  /** Takes the person to the field; the link's own jump is replaced by this. */
  onSelect: (id: string) => void;
  /** For moving focus to the summary when a submit fails (it can take focus, not tab stops). */
  ref?: Ref<HTMLDivElement>;
}

/** The list of problems above a form, each a link to its field (as in GOV.UK); nothing when none. */
export function ErrorSummary({ title, items, onSelect, ref }: Props) {
  const titleId = useId();
  if (items.length === 0) return null;
  return (
    <div
      className={`${ui.notice} ${ui.danger} ${styles.summary}`}
      role="alert"
      aria-labelledby={titleId}
      tabIndex={-1}
      ref={ref}
    >
      <h2 id={titleId} className={styles.title}>
        {title}
      </h2>
      <ul className={ui.steps}>
        {items.map((item) => (
          <li key={item.id}>
            <a
              href={`#${item.id}`}
              onClick={(event) => {
                event.preventDefault();
                onSelect(item.id);
              }}
            >
              {item.text}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
