import type { HTMLAttributes } from 'react';

import { classNames } from './class-names';
import styles from './ui.module.css';

/** A boxed group of content. `as` picks the element, so a list of cards stays a list. */
export function Card({
  as: Element = 'div',
  className,
  ...rest
}: { as?: 'div' | 'li' | 'article' | 'section' | 'figure' } & HTMLAttributes<HTMLElement>) {
  return <Element className={classNames(styles.card, className)} {...rest} />;
}
