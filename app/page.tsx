import { Card, LinkButton, Section, TwoColumn } from '@/app/_shared/ui';
import ui from '@/app/_shared/ui/ui.module.css';

import type { Form } from '@/lib/answers/schema';
import { loadBank } from '@/lib/bank/load-bank';
import { numberWord } from '@/lib/site/number-word';
import type { Competency } from '@/lib/bank/schema';
import { countQuestions, estimateMinutes } from '@/lib/quiz/estimate-minutes';
import { formNames } from '@/lib/report/role-names';

import { LearnGlyph } from './learn-glyph';
import styles from './page.module.css';

const FORMS: { form: Form; blurb: string }[] = [
  { form: 'short', blurb: 'A quick first read on both roles.' },
  { form: 'full', blurb: 'More questions, a more confident result.' },
];

const SIDES: { side: Competency['side']; title: string; note: string }[] = [
  { side: 'cto', title: 'Technology side', note: 'Weighs most toward the CTO role' },
  { side: 'cpo', title: 'Product side', note: 'Weighs most toward the CPO role' },
  { side: 'shared', title: 'Shared by both', note: 'Matters to both roles' },
];

const AUDIENCES = [
  {
    who: 'Engineers',
    why: 'who are growing into technical leadership and want to know what the top job really asks of them.',
  },
  {
    who: 'Product managers',
    why: 'who are weighing a path toward running a product organization, or toward the technology side.',
  },
  {
    who: 'Founders',
    why: 'deciding which executive seat to take themselves and which one to hire for.',
  },
  {
    who: 'Coaches and mentors',
    why: 'who want a shared, concrete starting point for a career conversation.',
  },
];

export default function HomePage() {
  const bank = loadBank();
  const tensionCount = numberWord(bank.tensions.length);
  const scenarioCount = bank.questions.filter((q) => q.type === 'choice').length;

  return (
    <div className="container">
      <section className={styles.hero} aria-labelledby="hero-title">
        <div>
          <p className={ui.overline}>Career self-assessment</p>
          <h1 id="hero-title">How well do you fit the CTO and CPO roles?</h1>
          <p className={styles.promise}>
            Answer honest statements about how you work and a handful of real workplace choices, and
            see where you already match a Chief Technology Officer or Chief Product Officer, and
            what to grow next.
          </p>
          <div className={`cluster ${styles.actions}`}>
            <LinkButton href="/quiz">Start the quiz</LinkButton>
            <LinkButton href="/roles" variant="secondary">
              Read the role guide
            </LinkButton>
          </div>
        </div>

        <Card>
          <h2 id="forms-title" className={styles.formsTitle}>
            Choose your length
          </h2>
          <ul className={`plain-list ${styles.formList}`} aria-labelledby="forms-title">
            {FORMS.map(({ form, blurb }) => {
              const minutes = estimateMinutes(bank, form);
              return (
                <li key={form} className={styles.formItem}>
                  <span className={styles.formName}>{formNames(form).title}</span>
                  <span className={styles.formTime}>
                    About {minutes} {minutes === 1 ? 'minute' : 'minutes'}
                  </span>
                  <span className={ui.muted}>
                    {countQuestions(bank, form)} questions. {blurb}
                  </span>
                </li>
              );
            })}
          </ul>
          <p className={ui.muted}>
            You pick the form when you start. Your progress is saved as you go.
          </p>
        </Card>
      </section>

      <Section titleId="learn-title" title="What you will learn">
        <ul className={`${ui.tiles} ${styles.learn}`}>
          <Card as="li">
            <LearnGlyph kind="fits" />
            <h3>Two fits, scored separately</h3>
            <p>
              Your CTO fit and your CPO fit are independent scores, so you can fit both roles, one
              of them, or neither yet.
            </p>
          </Card>
          <Card as="li">
            <LearnGlyph kind="bars" />
            <h3>Strengths and growth areas</h3>
            <p>
              A score for each of the {bank.competencies.length} competencies, showing which ones
              carry your fit and where practical next steps would help most.
            </p>
          </Card>
          <Card as="li">
            <LearnGlyph kind="scale" />
            <h3>Where you stand on {tensionCount} tensions</h3>
            <p>
              Speed against quality, risk, privacy against ease of use and more: whether you lean
              toward the technology side, the product side, or hold the middle.
            </p>
          </Card>
          <Card as="li">
            <LearnGlyph kind="ring" />
            <h3>Your nearest archetype</h3>
            <p>
              Which of {numberWord(bank.archetypes.length)} leadership archetypes your answers
              resemble most, with advice written for people like you.
            </p>
          </Card>
        </ul>
      </Section>

      <Section
        titleId="measures-title"
        title="What the quiz measures"
        lead={`The quiz covers ${bank.competencies.length} competencies drawn from what the two roles actually do, plus ${scenarioCount} workplace scenarios that show how you handle the tensions between them.`}
      >
        <div className={ui.tiles}>
          {SIDES.map(({ side, title, note }) => (
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
                {bank.competencies
                  .filter((c) => c.side === side)
                  .map((c) => (
                    <li key={c.id}>{c.name}</li>
                  ))}
              </ul>
            </Card>
          ))}
        </div>
      </Section>

      <Section titleId="audience-title" title="Who it is for">
        <ul className={`${ui.tiles} ${styles.audience}`}>
          {AUDIENCES.map(({ who, why }) => (
            <li key={who}>
              <strong>{who}</strong> {why}
            </li>
          ))}
        </ul>
      </Section>

      <section className={ui.callout} aria-labelledby="privacy-title">
        <h2 id="privacy-title">Your answers stay with you</h2>
        <TwoColumn as="ul" className={styles.promises}>
          <li>
            <strong>No account.</strong> There is nothing to sign up for and no email to give.
          </li>
          <li>
            <strong>No tracking.</strong> No analytics, no ads and no third-party requests.
          </li>
          <li>
            <strong>Saved only in this browser.</strong> Progress saves as you answer, so you can
            close the tab and pick up where you left off.
          </li>
          <li>
            <strong>You decide what leaves.</strong> Nothing is sent anywhere unless you export or
            share your result yourself.
          </li>
        </TwoColumn>
        <div className={`cluster ${styles.actions}`}>
          <LinkButton href="/quiz">Start the quiz</LinkButton>
          <LinkButton href="/roles" variant="secondary">
            Compare the two roles first
          </LinkButton>
        </div>
      </section>
    </div>
  );
}
