import type { ChromeCopy } from '@/lib/site/copy/chrome-schema';

/** One link of the site's main navigation; `short` replaces `long` on a phone. */
export interface NavItem {
  readonly href: string;
  readonly long: string;
  readonly short?: string | undefined;
}

/** The pages of the main navigation, in the order it shows them. */
const NAV_PAGES = ['roles', 'compare', 'team', 'history', 'quiz'] as const;

/** The site's main navigation in one language's words. */
export function siteNav(words: ChromeCopy['nav']): readonly NavItem[] {
  return NAV_PAGES.map((page) => ({ href: `/${page}`, ...words[page] }));
}
