import type { Metadata, Viewport } from 'next';
import { ServiceWorkerUpdate } from '@/app/_shared/service-worker-update';
import { SiteLink } from '@/app/_shared/site-link';
import { siteNav } from '@/app/_shared/site-nav';
import { fillTemplate } from '@/lib/copy/fill-template';
import { COMMON_COPY } from '@/lib/report/copy/common-copy';
import { CHROME_COPY } from '@/lib/site/copy/chrome-copy';
import type { ReactNode } from 'react';

import './globals.css';
import ui from './_shared/ui/ui.module.css';
import styles from './layout.module.css';

export const metadata: Metadata = {
  title: {
    default: CHROME_COPY.title,
    // Next.js puts each page's own title where the template says %s.
    template: fillTemplate(CHROME_COPY.titleTemplate, { page: '%s' }),
  },
  description: CHROME_COPY.description,
};

export const viewport: Viewport = {
  themeColor: [
    { media: '(prefers-color-scheme: light)', color: '#fbfaf7' },
    { media: '(prefers-color-scheme: dark)', color: '#14161a' },
  ],
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>
        <a className={styles.skip} href="#main">
          {CHROME_COPY.skip}
        </a>
        <header className={styles.header}>
          <div className={`container cluster ${styles.bar}`}>
            <SiteLink href="/" className={styles.brand}>
              {CHROME_COPY.brand}
            </SiteLink>
            <nav aria-label={CHROME_COPY.navLabel}>
              <ul className={`plain-list cluster ${styles.nav}`}>
                {siteNav(CHROME_COPY.nav).map(({ href, long, short }) => (
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
          <ServiceWorkerUpdate words={COMMON_COPY.update} />
          {children}
        </main>
        <footer className={styles.footer}>
          <div className={`container ${ui.muted}`}>
            <p>{CHROME_COPY.footer}</p>
          </div>
        </footer>
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
