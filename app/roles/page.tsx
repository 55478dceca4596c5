import type { Metadata } from 'next';
import { BUTTON_CLASS, Card, LinkButton, Section, TwoColumn } from '@/app/_shared/ui';
import ui from '@/app/_shared/ui/ui.module.css';

import { loadBank } from '@/lib/bank/load-bank';
import { CHROME_COPY } from '@/lib/site/copy/chrome-copy';
import { numberWord } from '@/lib/site/number-word';
import { loadGuide } from '@/lib/guide/load-guide';
import { estimateMinutes } from '@/lib/quiz/estimate-minutes';

import styles from './page.module.css';
import { RoleProfile } from './role-profile';
import { TensionEntry } from './tension-entry';

export const metadata: Metadata = {
  title: 'Role guide',
  description:
    'The Chief Technology Officer and Chief Product Officer roles side by side: responsibilities, skills, success measures, the six tensions between them and how strong pairs work together.',
};

function minutes(n: number): string {
  return n === 1 ? '1 minute' : `${n} minutes`;
}

const SECTIONS = [
  { id: 'cto', title: 'The CTO role' },
  { id: 'cpo', title: 'The CPO role' },
  { id: 'shared', title: 'What they share' },
  { id: 'tensions', title: 'Where they pull apart' },
  { id: 'together', title: 'Working well together' },
];

export default function RolesPage() {
  const guide = loadGuide();
  const bank = loadBank();
  const shared = bank.competencies.filter((c) => c.side === 'shared');
  const shortMinutes = estimateMinutes(bank, 'short');
  const fullMinutes = estimateMinutes(bank, 'full');

  return (
    <div className="container">
      <div className={styles.intro}>
        <p className={ui.overline}>Role guide</p>
        <h1>The CTO and CPO roles, side by side</h1>
        <p className={styles.lead}>{guide.intro}</p>
        <nav aria-label="On this page">
          <ul className={`plain-list cluster ${styles.toc}`}>
            {SECTIONS.map(({ id, title }) => (
              <li key={id}>
                <a className={BUTTON_CLASS.secondary} href={`#${id}`}>
                  {title}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      </div>

      <Section
        id="roles"
        titleId="roles-title"
        title="The two roles"
        lead="What each role owns, what it takes and how it is judged."
      >
        <div className={styles.compare}>
          {guide.roles.map((role) => (
            <RoleProfile key={role.id} role={role} />
          ))}
        </div>
      </Section>

      <Section id="shared" titleId="shared-title" title="What they share">
        <p>{guide.sharedGround}</p>
        <h3>Competencies both roles rely on</h3>
        <ul className={`${ui.tiles} ${styles.sharedList}`}>
          {shared.map((c) => (
            <Card as="li" key={c.id}>
              <strong>{c.name}</strong> {c.summary}
            </Card>
          ))}
        </ul>
      </Section>

      <Section
        id="tensions"
        titleId="tensions-title"
        title="Where they pull apart"
        lead={
          <>
            A CTO and a CPO meet the same{' '}
            {numberWord(bank.tensions.length, CHROME_COPY.numberWords)} tensions again and again.
            None of them goes away; each is a trade-off a good pair settles together, in the open.
          </>
        }
      >
        {bank.tensions.map((tension) => (
          <TensionEntry key={tension.id} tension={tension} />
        ))}
      </Section>

      <Section
        id="together"
        titleId="together-title"
        title="Working well together"
        lead="Habits that keep the two leaders, and their teams, pulling in one direction."
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
        <h2 id="closing-title">Where do you fit?</h2>
        <p>
          See how your own strengths line up with each role. The short form takes about{' '}
          {minutes(shortMinutes)}, the full form about {minutes(fullMinutes)}. Your answers stay in
          this browser.
        </p>
        <LinkButton href="/quiz">Take the quiz</LinkButton>
      </section>
    </div>
  );
}
