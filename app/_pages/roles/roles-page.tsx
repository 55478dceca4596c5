import type { Metadata } from 'next';
import { BUTTON_CLASS, Card, LinkButton, Section, TwoColumn } from '@/app/_shared/ui';
import ui from '@/app/_shared/ui/ui.module.css';

import { loadSiteWords } from '@/lib/i18n/load-site-words';
import { loadCurrentBank } from '@/lib/i18n/load-translated-bank';
import { loadTranslatedGuide } from '@/lib/i18n/load-translated-guides';
import type { Locale } from '@/lib/i18n/locales';
import { buildRolesView } from '@/lib/site/roles-view';

import styles from './page.module.css';
import { RoleProfile } from './role-profile';
import { TensionEntry } from './tension-entry';

/** The role guide page's title and description in a language. */
export function rolesMetadata(locale: Locale): Metadata {
  return loadSiteWords(locale).roles.meta;
}

/** The role guide page in a language. */
export function RolesPage({ locale }: { locale: Locale }) {
  const guide = loadTranslatedGuide(locale);
  const bank = loadCurrentBank(locale);
  const view = buildRolesView(bank, loadSiteWords(locale));
  const { copy } = view;

  return (
    <div className="container">
      <div className={styles.intro}>
        <p className={ui.overline}>{copy.overline}</p>
        <h1>{copy.title}</h1>
        <p className={styles.lead}>{guide.intro}</p>
        <nav aria-label={copy.tocLabel}>
          <ul className={`plain-list cluster ${styles.toc}`}>
            {view.toc.map(({ id, title }) => (
              <li key={id}>
                <a className={BUTTON_CLASS.secondary} href={`#${id}`}>
                  {title}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      </div>

      <Section id="roles" titleId="roles-title" title={copy.roles.title} lead={copy.roles.lead}>
        <div className={styles.compare}>
          {guide.roles.map((role) => (
            <RoleProfile key={role.id} role={role} rows={copy.roles.rows} />
          ))}
        </div>
      </Section>

      <Section id="shared" titleId="shared-title" title={copy.shared.title}>
        <p>{guide.sharedGround}</p>
        <h3>{copy.shared.competencies}</h3>
        <ul className={`${ui.tiles} ${styles.sharedList}`}>
          {view.shared.map((c) => (
            <Card as="li" key={c.id}>
              <strong>{c.name}</strong> {c.summary}
            </Card>
          ))}
        </ul>
      </Section>

      <Section
        id="tensions"
        titleId="tensions-title"
        title={copy.tensions.title}
        lead={view.tensionsLead}
      >
        {bank.tensions.map((tension) => (
          <TensionEntry key={tension.id} tension={tension} words={copy.tensions} />
        ))}
      </Section>

      <Section
        id="together"
        titleId="together-title"
        title={copy.together.title}
        lead={copy.together.lead}
      >
        <TwoColumn as="ul" className={styles.practices}>
          {guide.collaboration.map((practice) => (
            <li key={practice.name}>
              <h3>{practice.name}</h3>
              <p>{practice.text}</p>
            </li>
          ))}
        </TwoColumn>
      </Section>

      <section className={`${ui.callout} ${styles.closing}`} aria-labelledby="closing-title">
        <h2 id="closing-title">{copy.closing.title}</h2>
        <p>{view.closing}</p>
        <LinkButton href="/quiz">{copy.closing.action}</LinkButton>
      </section>
    </div>
  );
}
