/** One link of the site's main navigation; `short` replaces `long` on a phone. */
export interface NavItem {
  readonly href: string;
  readonly long: string;
  readonly short?: string;
}

/** The site's main navigation, in the order it is shown. */
export const SITE_NAV: readonly NavItem[] = [
  { href: '/roles', long: 'Role guide', short: 'Roles' },
  { href: '/compare', long: 'Compare' },
  { href: '/team', long: 'Team map', short: 'Team' },
  { href: '/history', long: 'History' },
  { href: '/quiz', long: 'Take the quiz', short: 'Quiz' },
];
