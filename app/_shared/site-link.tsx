import Link from 'next/link';
import type { ComponentProps } from 'react';

/**
 * A link to another page of the site that does not prefetch it. Prefetching would load every
 * linked page's JavaScript on every page (the quiz's code on the landing page, say), which is
 * what the per-page JavaScript budget forbids; the pages are static and small, so following a
 * link stays fast without it. See docs/decisions/005-no-route-prefetching.md.
 */
export function SiteLink(props: Omit<ComponentProps<typeof Link>, 'prefetch'>) {
  return <Link prefetch={false} {...props} />;
}
