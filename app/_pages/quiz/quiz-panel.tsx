import type { ReactNode } from 'react';

import { Card } from '@/app/_shared/ui';

import styles from './quiz.module.css';

/** A boxed part of the start screen named by its heading: saved progress, or an earlier save. */
export function QuizPanel({
  titleId,
  title,
  children,
}: {
  titleId: string;
  title: string;
  children: ReactNode;
}) {
  return (
    <Card as="section" aria-labelledby={titleId}>
      <h2 id={titleId} className={styles.panelTitle}>
        {title}
      </h2>
      {children}
    </Card>
  );
}
