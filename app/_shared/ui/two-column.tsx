import type { HTMLAttributes } from 'react';

import { classNames } from './class-names';
import styles from './ui.module.css';

/**
 * One column on a phone, two from a tablet's width; cards in a row stretch to one height.
 * `lean="start"` gives the first column a little more room and aligns both to the top (a chart
 * beside its notes). `as="ul"` keeps a list of cards a list.
 */
export function TwoColumn({
  as: Element = 'div',
  lean = 'even',
  className,
  ...rest
}: { as?: 'div' | 'ul' | 'ol' | 'dl'; lean?: 'even' | 'start' } & HTMLAttributes<HTMLElement>) {
  const leanClass = lean === 'start' ? styles.leanStart : undefined;
  return <Element className={classNames(styles.twoColumn, leanClass, className)} {...rest} />;
}
