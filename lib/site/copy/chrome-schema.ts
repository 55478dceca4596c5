import { z } from 'zod';

import { Template, Text } from '@/lib/copy/template-schema';

const NavWordsSchema = z.strictObject({ long: Text, short: Text.optional() });

/** The words around every page (`questions/site/chrome.json`): title, navigation, footer. */
export const ChromeCopySchema = z.strictObject({
  brand: Text,
  title: Text,
  /** A page's own title within the site's, e.g. "Results · Role Fit". */
  titleTemplate: Template('page'),
  description: Text,
  skip: Text,
  navLabel: Text,
  /** The name of the language switch, read by screen readers. */
  languageLabel: Text,
  nav: z.strictObject({
    roles: NavWordsSchema,
    compare: NavWordsSchema,
    team: NavWordsSchema,
    history: NavWordsSchema,
    quiz: NavWordsSchema,
  }),
  footer: Text,
  /** The page for an address that is not a page of the site. */
  notFound: z.strictObject({ title: Text, body: Text, home: Text }),
  /** Counts from zero up, as words: small counts read better as words in running text. */
  numberWords: z.array(Text).min(1),
});
export type ChromeCopy = z.infer<typeof ChromeCopySchema>;
