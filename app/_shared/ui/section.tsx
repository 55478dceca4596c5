import type { ComponentPropsWithoutRef, ReactNode } from 'react';

import { classNames } from './class-names';
import styles from './ui.module.css';

type SectionProps = {
  /** The heading's id: the section is labelled by it, so it is a landmark with a name. */
  titleId: string;
  title: ReactNode;
  /** A sentence under the heading saying what the section holds. */
  lead?: ReactNode;
  /** 2 for a part of the page, 3 for a part inside one. */
  level?: 2 | 3;
} & Omit<ComponentPropsWithoutRef<'section'>, 'title'>;

/** A part of a page with its heading (and an optional lead), set off by a rule above. */
export function Section({
  titleId,
  title,
  lead,
  level = 2,
  className,
  children,
  ...rest
}: SectionProps) {
  const Heading = level === 2 ? 'h2' : 'h3';
  return (
    <section className={classNames(styles.section, className)} aria-labelledby={titleId} {...rest}>
      <Heading id={titleId}>{title}</Heading>
      {lead === undefined ? null : <p className={styles.sectionLead}>{lead}</p>}
      {children}
    </section>
  );
}
