import type { ComponentProps } from 'react';

import { SiteLink } from '@/app/_shared/site-link';

import { BUTTON_CLASS } from './button';
import { classNames } from './class-names';

/** A link to another page of the site drawn as a button: a call to action such as "Start the quiz". */
export function LinkButton({
  variant = 'primary',
  className,
  ...rest
}: { variant?: 'primary' | 'secondary' } & ComponentProps<typeof SiteLink>) {
  return <SiteLink className={classNames(BUTTON_CLASS[variant], className)} {...rest} />;
}
