import { Button, Card } from '@/app/_shared/ui';
import type { Ref } from 'react';

import type { Answers, Form } from '@/lib/answers/schema';
import { describeReview } from '@/lib/quiz/describe-review';
import type { QuizContent } from '@/lib/quiz/quiz-content';
import ui from '@/app/_shared/ui/ui.module.css';

import styles from './quiz.module.css';
import { StorageWarning } from './storage-warning';
import { useQuizWords } from './use-quiz-words';

interface Props {
  ref: Ref<HTMLHeadingElement>;
  content: QuizContent;
  form: Form;
  answers: Answers;
  storageFailed: boolean;
  onGoToStep: (index: number) => void;
  onFinish: () => void;
}

/** The last step: every answer at a glance, unanswered questions first, a way back to any step. */
export function ReviewStep({
  ref,
  content,
  form,
  answers,
  storageFailed,
  onGoToStep,
  onFinish,
}: Props) {
  const words = useQuizWords();
  const copy = words.quiz.review;
  const view = describeReview(words, content, form, answers);
  const finishAction = (
    <div className={`cluster ${styles.actions}`}>
      <Button onClick={onFinish}>{copy.finish}</Button>
    </div>
  );

  return (
    <div className={`container ${styles.quiz}`}>
      <p className={ui.eyebrow}>{view.eyebrow}</p>
      <h1 ref={ref} tabIndex={-1}>
        {copy.title}
      </h1>
      <p className={ui.lead}>{view.lead}</p>
      {storageFailed && <StorageWarning when="review" />}

      {view.unanswered && (
        <section className={`${ui.notice} ${ui.warning}`} aria-labelledby="unanswered-title">
          <h2 id="unanswered-title" className={styles.panelTitle}>
            {view.unanswered.title}
          </h2>
          <p>{copy.unansweredNote}</p>
          <ul>
            {view.unanswered.items.map((item) => (
              <li key={item.id}>
                <Button variant="link" onClick={() => onGoToStep(item.stepIndex)}>
                  {item.label}
                  <span className="visually-hidden">{item.hiddenLabel}</span>
                </Button>
              </li>
            ))}
          </ul>
        </section>
      )}

      {finishAction}

      {view.groups.map(({ step, stepIndex, changeHidden, rows }) => (
        <Card
          as="section"
          key={step.id}
          aria-labelledby={`review-${step.id}`}
          className={styles.reviewGroup}
        >
          <div className={`cluster ${styles.reviewHeader}`}>
            <h2 id={`review-${step.id}`} className={styles.panelTitle}>
              {step.title}
            </h2>
            <Button variant="link" onClick={() => onGoToStep(stepIndex)}>
              {copy.change}
              <span className="visually-hidden">{changeHidden}</span>
            </Button>
          </div>
          <dl className="plain-list">
            {rows.map((row) => (
              <div key={row.id} className={styles.reviewRow}>
                <dt>{row.question}</dt>
                <dd>{row.answer}</dd>
              </div>
            ))}
          </dl>
        </Card>
      ))}

      {finishAction}
    </div>
  );
}
