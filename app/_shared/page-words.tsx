'use client';

import { createContext, useContext, useMemo, type ReactNode } from 'react';

import type { CopyName, SiteWords } from '@/lib/i18n/site-copy-files';

const PageWordsContext = createContext<Partial<SiteWords>>({});

/**
 * Hands a page's client components the copy files it uses, in the page's language: the server
 * component picks them (`pickWords`), so no page's script carries words, and none carries
 * another page's.
 */
export function PageWordsProvider({
  words,
  children,
}: {
  words: Partial<SiteWords>;
  children: ReactNode;
}) {
  return <PageWordsContext value={words}>{children}</PageWordsContext>;
}

/** One copy file of `words`; a page that did not pick it is a programming error. */
function given<Name extends CopyName>(words: Partial<SiteWords>, name: Name): SiteWords[Name] {
  const file = words[name];
  if (file === undefined) throw new Error(`This page was not given the "${name}" words.`);
  return file as SiteWords[Name];
}

/** One copy file of the page's words. */
export function useWords<Name extends CopyName>(name: Name): SiteWords[Name] {
  return given(useContext(PageWordsContext), name);
}

/**
 * Several copy files of the page's words, as one object (the shape a view model takes its words
 * in), the same object while the page's words stay the same. `names` must not change between
 * renders: a module constant.
 */
export function useWordsOf<Name extends CopyName>(names: readonly Name[]): Pick<SiteWords, Name> {
  const words = useContext(PageWordsContext);
  return useMemo(
    () =>
      Object.fromEntries(names.map((name) => [name, given(words, name)])) as Pick<SiteWords, Name>,
    [words, names],
  );
}
