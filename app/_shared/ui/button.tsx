import type { ComponentPropsWithoutRef } from 'react';

import { classNames } from './class-names';
import styles from './ui.module.css';

export type ButtonVariant = 'primary' | 'secondary' | 'danger' | 'link';

/** The classes that draw a button of each variant (the filled base lives in globals.css). */
export const BUTTON_CLASS: Record<ButtonVariant, string> = {
  primary: 'button',
  secondary: 'button button-secondary',
  danger: classNames('button', styles.dangerButton),
  link: styles.linkButton ?? '',
};

/**
 * A button; `type="button"` unless told otherwise, so it never submits a form by accident.
 * `variant="link"` draws it as a link, for small actions inside a card or a sentence.
 */
export function Button({
  variant = 'primary',
  type = 'button',
  className,
  ...rest
}: { variant?: ButtonVariant } & ComponentPropsWithoutRef<'button'>) {
  return <button type={type} className={classNames(BUTTON_CLASS[variant], className)} {...rest} />;
}
