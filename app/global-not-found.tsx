import type { Metadata } from 'next';

import { LinkButton } from '@/app/_shared/ui';
import ui from '@/app/_shared/ui/ui.module.css';
import { SiteLayout } from '@/app/_site/site-layout';
import { fillTemplate } from '@/lib/copy/fill-template';
import { loadSiteWords } from '@/lib/i18n/load-site-words';

const { chrome } = loadSiteWords('en');

export const metadata: Metadata = {
  title: fillTemplate(chrome.titleTemplate, { page: chrome.notFound.title }),
};

/**
 * The page for an address that is not a page of the site, in any language's folder. With a root
 * layout per language there is no single layout to put it in, so it brings the English one.
 */
export default function GlobalNotFound() {
  const { title, body, home } = chrome.notFound;
  return (
    <SiteLayout locale="en" missing>
      <div className="container">
        <h1>{title}</h1>
        <p className={ui.lead}>{body}</p>
        <p>
          <LinkButton href="/">{home}</LinkButton>
        </p>
      </div>
    </SiteLayout>
  );
}
