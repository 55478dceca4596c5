import { SiteLink } from '@/app/_shared/site-link';
import { Button, Card } from '@/app/_shared/ui';
import type { Form } from '@/lib/answers/schema';
import type { QuizContent } from '@/lib/quiz/quiz-content';
import { formNames } from '@/lib/report/role-names';
import ui from '@/app/_shared/ui/ui.module.css';

import styles from './quiz.module.css';

const BLURBS: Record<Form, string> = {
  short: 'Covers every competency and tension once; a quick first read.',
  full: 'Several statements per competency; the firmest result.',
};

/** A first visit: what the quiz is, the two forms to choose from, and a few tips. */
export function FormChoices({
  content,
  onStart,
}: {
  content: QuizContent;
  onStart: (form: Form) => void;
}) {
  return (
    <>
      <p className={ui.lead}>
        Rate statements about what you do, enjoy and are good at, then say what you would do in a
        few workplace situations. There are no right answers: answer for how you work today.
      </p>
      <ul className={`${ui.tiles} ${styles.formChoices}`}>
        {(['short', 'full'] as const).map((form) => (
          <Card as="li" key={form} className={styles.formChoice}>
            <h2 className={styles.panelTitle}>{formNames(form).title}</h2>
            <p>
              {content.forms[form].questionCount} questions, about {content.forms[form].minutes}{' '}
              minutes. {BLURBS[form]}
            </p>
            <Button
              variant={form === 'full' ? 'primary' : 'secondary'}
              onClick={() => onStart(form)}
            >
              Start the {formNames(form).name}
            </Button>
          </Card>
        ))}
      </ul>
      <ul className={`${ui.steps} ${ui.muted}`}>
        <li>Your answers are saved in this browser as you go; come back any time to continue.</li>
        <li>Keyboard: Tab to a question, keys 1–5 answer it, Enter moves on.</li>
        <li>
          Curious what the roles involve first? Read the{' '}
          <SiteLink href="/roles">role guide</SiteLink>.
        </li>
      </ul>
    </>
  );
}
