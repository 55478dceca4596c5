import { Button, Card } from '@/app/_shared/ui';
import type { Ref } from 'react';

import type { Answers, Form } from '@/lib/answers/schema';
import { describeReviewEyebrow } from '@/lib/quiz/describe-step';
import { numberQuestions } from '@/lib/quiz/question-numbers';
import type { QuizContent } from '@/lib/quiz/quiz-content';
import { answerInWords } from '@/lib/report/answer-in-words';
import ui from '@/app/_shared/ui/ui.module.css';

import styles from './quiz.module.css';
import { StorageWarning } from './storage-warning';

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
  const { steps, questionCount } = content.forms[form];
  const byId = new Map(content.questions.map((q) => [q.id, q]));
  const rows = numberQuestions(steps).map((row) => ({
    ...row,
    question: byId.get(row.id),
    answer: answers[row.id],
  }));
  const unanswered = rows.filter((row) => row.answer === undefined);
  const finishAction = (
    <div className={`cluster ${styles.actions}`}>
      <Button onClick={onFinish}>See my results</Button>
    </div>
  );

  return (
    <div className={`container ${styles.quiz}`}>
      <p className={ui.eyebrow}>{describeReviewEyebrow(form)}</p>
      <h1 ref={ref} tabIndex={-1}>
        Review your answers
      </h1>
      <p className={ui.lead}>
        You answered {questionCount - unanswered.length} of {questionCount} questions. Change any
        answer before you see your results.
      </p>
      {storageFailed && <StorageWarning when="review" />}

      {unanswered.length > 0 && (
        <section className={`${ui.notice} ${ui.warning}`} aria-labelledby="unanswered-title">
          <h2 id="unanswered-title" className={styles.panelTitle}>
            {unanswered.length === 1
              ? 'One question is unanswered'
              : `${unanswered.length} questions are unanswered`}
          </h2>
          <p>You can finish without them, but your result will rest on fewer answers.</p>
          <ul>
            {unanswered.map((row) => (
              <li key={row.id}>
                <Button variant="link" onClick={() => onGoToStep(row.stepIndex)}>
                  Answer question {row.number}
                  <span className="visually-hidden">: {row.question?.text}</span>
                </Button>
              </li>
            ))}
          </ul>
        </section>
      )}

      {finishAction}

      {steps.map((step, stepIndex) => (
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
              Change<span className="visually-hidden"> answers in {step.title}</span>
            </Button>
          </div>
          <dl className="plain-list">
            {rows
              .filter((row) => row.stepIndex === stepIndex)
              .map((row) => (
                <div key={row.id} className={styles.reviewRow}>
                  <dt>
                    {row.number}. {row.question?.text}
                  </dt>
                  <dd>
                    {(row.question &&
                      answerInWords(row.question, row.answer, content.likertScale)) ??
                      'Not answered'}
                  </dd>
                </div>
              ))}
          </dl>
        </Card>
      ))}

      {finishAction}
    </div>
  );
}
