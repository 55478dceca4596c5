import type { Metadata, Viewport } from 'next';
import { ServiceWorkerUpdate } from '@/app/_shared/service-worker-update';
import { SiteLink } from '@/app/_shared/site-link';
import { SITE_NAV } from '@/app/_shared/site-nav';
import { COMMON_COPY } from '@/lib/report/copy/common-copy';
import type { ReactNode } from 'react';

import './globals.css';
import ui from './_shared/ui/ui.module.css';
import styles from './layout.module.css';

export const metadata: Metadata = {
  title: {
    default: 'Role Fit — how well do you fit the CTO and CPO roles?',
    template: '%s · Role Fit',
  },
  description:
    'A private self-assessment that scores your fit for the Chief Technology Officer and Chief Product Officer roles and explains why.',
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
          Skip to content
        </a>
        <header className={styles.header}>
          <div className={`container cluster ${styles.bar}`}>
            <SiteLink href="/" className={styles.brand}>
              Role Fit
            </SiteLink>
            <nav aria-label="Main">
              <ul className={`plain-list cluster ${styles.nav}`}>
                {SITE_NAV.map(({ href, long, short }) => (
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
            <p>
              Your answers stay in this browser. Role Fit has no accounts, no tracking and sends
              nothing anywhere unless you export or share a result yourself.
            </p>
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
