'use client';

import { usePathname } from 'next/navigation';
import type { MouseEvent } from 'react';

import { LANGUAGE_CHOICE_KEY } from '@/lib/i18n/language-choice';
import { localePath, splitLocalePath } from '@/lib/i18n/locale-path';
import { LANGUAGES, type Locale } from '@/lib/i18n/locales';

/**
 * Links to this page in each other language. Following one remembers the choice in this browser
 * (so the site's English links open in it from then on) and keeps the fragment, where share,
 * compare and team codes live.
 */
export function LanguageSwitch({
  locale,
  label,
  page: fixedPage,
  className,
}: {
  locale: Locale;
  label: string;
  /** The page to offer in each language, when not this one (the page for a missing address). */
  page?: string | undefined;
  className?: string | undefined;
}) {
  const here = splitLocalePath(usePathname()).page;
  const page = fixedPage ?? here;
  const choose = (event: MouseEvent<HTMLAnchorElement>, code: Locale) => {
    try {
      localStorage.setItem(LANGUAGE_CHOICE_KEY, code);
    } catch {
      // Storage can be off (a privacy setting): the link still opens the page in that language.
    }
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey)
      return;
    event.preventDefault();
    location.assign(event.currentTarget.pathname + location.search + location.hash);
  };
  return (
    <nav aria-label={label} className={className}>
      <ul className="plain-list cluster">
        {LANGUAGES.filter(({ code }) => code !== locale).map(({ code, name }) => (
          <li key={code}>
            <a
              href={localePath(code, page)}
              hrefLang={code}
              lang={code}
              onClick={(event) => choose(event, code)}
            >
              {name}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
