import type { ReactNode } from 'react';

import { localeOf, TRANSLATED_LOCALES, type LocaleProps } from '@/app/_site/locale-params';
import { SITE_VIEWPORT, SiteLayout, siteMetadata } from '@/app/_site/site-layout';

// Every language's pages are built ahead; any other first folder is not a page.
export const dynamicParams = false;
export const viewport = SITE_VIEWPORT;

export function generateStaticParams() {
  return TRANSLATED_LOCALES.map((locale) => ({ locale }));
}

export async function generateMetadata(props: LocaleProps) {
  return siteMetadata(await localeOf(props));
}

export default async function LocaleLayout(props: LocaleProps & { children: ReactNode }) {
  return <SiteLayout locale={await localeOf(props)}>{props.children}</SiteLayout>;
}
