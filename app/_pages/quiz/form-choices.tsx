import { SiteLink } from '@/app/_shared/site-link';
import { Button, Card } from '@/app/_shared/ui';
import type { Form } from '@/lib/answers/schema';
import { describeFormChoices, describeGuideTip } from '@/lib/quiz/describe-start';
import type { QuizContent } from '@/lib/quiz/quiz-content';
import ui from '@/app/_shared/ui/ui.module.css';

import styles from './quiz.module.css';
import { useQuizWords } from './use-quiz-words';

/** A first visit: what the quiz is, the two forms to choose from, and a few tips. */
export function FormChoices({
  content,
  onStart,
}: {
  content: QuizContent;
  onStart: (form: Form) => void;
}) {
  const words = useQuizWords();
  const copy = words.quiz.forms;
  const [beforeGuide, guideLink, afterGuide] = describeGuideTip(words);
  return (
    <>
      <p className={ui.lead}>{copy.lead}</p>
      <ul className={`${ui.tiles} ${styles.formChoices}`}>
        {describeFormChoices(words, content).map((choice) => (
          <Card as="li" key={choice.form} className={styles.formChoice}>
            <h2 className={styles.panelTitle}>{choice.title}</h2>
            <p>{choice.summary}</p>
            <Button
              variant={choice.form === 'full' ? 'primary' : 'secondary'}
              onClick={() => onStart(choice.form)}
            >
              {choice.startLabel}
            </Button>
          </Card>
        ))}
      </ul>
      <ul className={`${ui.steps} ${ui.muted}`}>
        <li>{copy.tips.saved}</li>
        <li>{copy.tips.keyboard}</li>
        <li>
          {beforeGuide}
          <SiteLink href="/roles">{guideLink}</SiteLink>
          {afterGuide}
        </li>
      </ul>
    </>
  );
}
