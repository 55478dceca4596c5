import type { ComponentPropsWithoutRef } from 'react';

import { classNames } from './class-names';
import styles from './ui.module.css';

export type NoticeTone = 'info' | 'warning' | 'danger' | 'success';

const TONE_CLASS: Record<NoticeTone, string | undefined> = {
  info: undefined,
  warning: styles.warning,
  danger: styles.danger,
  success: styles.success,
};

/**
 * A message set beside the content with a coloured rule. Pass `role="status"` for news that
 * arrives while the page is open, `role="alert"` only for a problem that needs acting on now.
 */
export function Notice({
  tone = 'info',
  className,
  ...rest
}: { tone?: NoticeTone } & ComponentPropsWithoutRef<'div'>) {
  return <div className={classNames(styles.notice, TONE_CLASS[tone], className)} {...rest} />;
}
