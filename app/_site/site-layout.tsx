import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';

import { LocaleProvider } from '@/app/_shared/locale-context';
import { ServiceWorkerUpdate } from '@/app/_shared/service-worker-update';
import { SiteLink } from '@/app/_shared/site-link';
import { siteNav } from '@/app/_shared/site-nav';
import ui from '@/app/_shared/ui/ui.module.css';
import { fillTemplate } from '@/lib/copy/fill-template';
import { languageChoiceScript } from '@/lib/i18n/language-choice';
import { loadSiteWords } from '@/lib/i18n/load-site-words';
import type { Locale } from '@/lib/i18n/locales';

import './globals.css';
import { LanguageSwitch } from './language-switch';
import styles from './layout.module.css';

/** The site's title, title template and description in a language. */
export function siteMetadata(locale: Locale): Metadata {
  const { chrome } = loadSiteWords(locale);
  return {
    title: {
      default: chrome.title,
      // Next.js puts each page's own title where the template says %s.
      template: fillTemplate(chrome.titleTemplate, { page: '%s' }),
    },
    description: chrome.description,
  };
}

export const SITE_VIEWPORT: Viewport = {
  themeColor: [
    { media: '(prefers-color-scheme: light)', color: '#fbfaf7' },
    { media: '(prefers-color-scheme: dark)', color: '#14161a' },
  ],
};

/**
 * The document around every page in one language: `lang`, the header with the navigation and
 * the language switch, the footer. A page first takes a person who chose another language to
 * it (`languageChoiceScript`); the page for a missing address (`missing`) does not, and its
 * language switch leads to each language's start page.
 */
export function SiteLayout({
  locale,
  missing = false,
  children,
}: {
  locale: Locale;
  missing?: boolean;
  children: ReactNode;
}) {
  const { chrome, common } = loadSiteWords(locale);
  return (
    <html lang={locale}>
      {!missing && (
        <head>
          <script dangerouslySetInnerHTML={{ __html: languageChoiceScript(locale) }} />
        </head>
      )}
      <body>
        <LocaleProvider locale={locale}>
          <a className={styles.skip} href="#main">
            {chrome.skip}
          </a>
          <header className={styles.header}>
            <div className={`container cluster ${styles.bar}`}>
              <div className={styles.lead}>
                <SiteLink href="/" className={styles.brand}>
                  {chrome.brand}
                </SiteLink>
                <LanguageSwitch
                  locale={locale}
                  page={missing ? '/' : undefined}
                  label={chrome.languageLabel}
                  className={styles.languages}
                />
              </div>
              <nav aria-label={chrome.navLabel}>
                <ul className={`plain-list cluster ${styles.nav}`}>
                  {siteNav(chrome.nav).map(({ href, long, short }) => (
                    <li key={href}>
                      <SiteLink href={href}>
                        {short ? <NavLabel long={long} short={short} /> : long}
                      </SiteLink>
                    </li>
                  ))}
                </ul>
              </nav>
            </div>
          </header>
          <main id="main" tabIndex={-1} className={styles.main}>
            <ServiceWorkerUpdate words={common.update} />
            {children}
          </main>
          <footer className={styles.footer}>
            <div className={`container ${ui.muted}`}>
              <p>{chrome.footer}</p>
            </div>
          </footer>
        </LocaleProvider>
      </body>
    </html>
  );
}

/** A nav label with a shorter form for narrow screens, so the whole nav fits on one line of a phone. */
function NavLabel({ long, short }: { long: string; short: string }) {
  return (
    <>
      <span className={styles.long}>{long}</span>
      <span className={styles.short}>{short}</span>
    </>
  );
}
