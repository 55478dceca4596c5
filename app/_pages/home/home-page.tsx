import { Card, LinkButton, Section, TwoColumn } from '@/app/_shared/ui';
import ui from '@/app/_shared/ui/ui.module.css';

import { loadSiteWords } from '@/lib/i18n/load-site-words';
import { loadCurrentBank } from '@/lib/i18n/load-translated-bank';
import type { Locale } from '@/lib/i18n/locales';
import { buildHomeView } from '@/lib/site/home-view';

import { LearnGlyph } from './learn-glyph';
import styles from './page.module.css';

/** The landing page in a language. */
export function HomePage({ locale }: { locale: Locale }) {
  const view = buildHomeView(loadCurrentBank(locale), loadSiteWords(locale));
  const { copy } = view;

  return (
    <div className="container">
      <section className={styles.hero} aria-labelledby="hero-title">
        <div>
          <p className={ui.overline}>{copy.overline}</p>
          <h1 id="hero-title">{copy.title}</h1>
          <p className={styles.promise}>{copy.promise}</p>
          <div className={`cluster ${styles.actions}`}>
            <LinkButton href="/quiz">{copy.start}</LinkButton>
            <LinkButton href="/roles" variant="secondary">
              {copy.readGuide}
            </LinkButton>
          </div>
        </div>

        <Card>
          <h2 id="forms-title" className={styles.formsTitle}>
            {copy.forms.title}
          </h2>
          <ul className={`plain-list ${styles.formList}`} aria-labelledby="forms-title">
            {view.forms.map(({ form, name, time, detail }) => (
              <li key={form} className={styles.formItem}>
                <span className={styles.formName}>{name}</span>
                <span className={styles.formTime}>{time}</span>
                <span className={ui.muted}>{detail}</span>
              </li>
            ))}
          </ul>
          <p className={ui.muted}>{copy.forms.note}</p>
        </Card>
      </section>

      <Section titleId="learn-title" title={copy.learn.title}>
        <ul className={`${ui.tiles} ${styles.learn}`}>
          {view.learn.map(({ glyph, title, body }) => (
            <Card as="li" key={glyph}>
              <LearnGlyph kind={glyph} />
              <h3>{title}</h3>
              <p>{body}</p>
            </Card>
          ))}
        </ul>
      </Section>

      <Section titleId="measures-title" title={copy.measures.title} lead={view.measuresLead}>
        <div className={ui.tiles}>
          {view.sides.map(({ side, title, note, competencies }) => (
            <Card
              as="section"
              key={side}
              className={styles.side}
              data-side={side}
              aria-labelledby={`side-${side}`}
            >
              <h3 id={`side-${side}`}>{title}</h3>
              <p className={`${ui.muted} ${styles.sideNote}`}>{note}</p>
              <ul className={`plain-list ${styles.competencies}`}>
                {competencies.map((c) => (
                  <li key={c.id}>{c.name}</li>
                ))}
              </ul>
            </Card>
          ))}
        </div>
      </Section>

      <Section titleId="audience-title" title={copy.audience.title}>
        <ul className={`${ui.tiles} ${styles.audience}`}>
          {copy.audience.people.map(({ who, why }) => (
            <li key={who}>
              <strong>{who}</strong> {why}
            </li>
          ))}
        </ul>
      </Section>

      <section className={ui.callout} aria-labelledby="privacy-title">
        <h2 id="privacy-title">{copy.privacy.title}</h2>
        <TwoColumn as="ul" className={styles.promises}>
          {copy.privacy.promises.map(({ lead, body }) => (
            <li key={lead}>
              <strong>{lead}</strong> {body}
            </li>
          ))}
        </TwoColumn>
        <div className={`cluster ${styles.actions}`}>
          <LinkButton href="/quiz">{copy.start}</LinkButton>
          <LinkButton href="/roles" variant="secondary">
            {copy.privacy.compareRoles}
          </LinkButton>
        </div>
      </section>
    </div>
  );
}
