'use client';

import Link from 'next/link';
import type { ComponentProps } from 'react';

import { useLocalePath } from './locale-context';

/**
 * A link to another page of the site, in the page's language, that does not prefetch it.
 * Prefetching would load every linked page's JavaScript on every page (the quiz's code on the
 * landing page, say), which is what the per-page JavaScript budget forbids; the pages are static
 * and small, so following a link stays fast without it. See docs/decisions/005-no-route-prefetching.md.
 */
export function SiteLink({ href, ...rest }: Omit<ComponentProps<typeof Link>, 'prefetch'>) {
  const toLocale = useLocalePath();
  return (
    <Link prefetch={false} href={typeof href === 'string' ? toLocale(href) : href} {...rest} />
  );
}
