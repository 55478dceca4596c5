import type { ReactNode } from 'react';

import { SITE_VIEWPORT, SiteLayout, siteMetadata } from '@/app/_site/site-layout';

export const metadata = siteMetadata('en');
export const viewport = SITE_VIEWPORT;

export default function EnglishLayout({ children }: { children: ReactNode }) {
  return <SiteLayout locale="en">{children}</SiteLayout>;
}
