import { Button, Card, Notice, Section, TwoColumn } from '@/app/_shared/ui';
import type { Answers, Form } from '@/lib/answers/schema';
import type { QuestionBank } from '@/lib/bank/schema';
import type { ResultSource } from '@/lib/codecs/shown-result';
import { buildAnswerReview } from '@/lib/report/describe-review';

import styles from './results.module.css';
import type { ChangeAnswers } from './use-change-answers';

interface Props {
  bank: QuestionBank;
  form: Form;
  answers: Answers;
  source: ResultSource;
  change: ChangeAnswers;
}

/** Every question with the answer given, and a way back into the quiz at any step. */
export function AnswerReview({ bank, form, answers, source, change }: Props) {
  const review = buildAnswerReview(bank, form, answers, source);
  return (
    <Section titleId="review-title" title={review.title}>
      <p>{review.intro}</p>
      {change.problem && (
        <Notice tone="danger" role="alert">
          {change.problem}
        </Notice>
      )}
      <TwoColumn className={`${styles.lazy} ${styles.top}`}>
        {review.groups.map((group) => (
          <Card as="section" key={group.id} aria-labelledby={`review-${group.id}`}>
            <div className={styles.reviewHeader}>
              <h3 id={`review-${group.id}`} className={styles.itemTitle}>
                {group.title}
              </h3>
              <Button variant="link" onClick={() => change.request(group.stepIndex)}>
                {review.change}
                <span className="visually-hidden">{group.changeHidden}</span>
              </Button>
            </div>
            <dl className={styles.reviewList}>
              {group.answers.map((row) => (
                <div key={row.id} className={styles.reviewRow}>
                  <dt>
                    <span className={styles.number}>{row.number}.</span> {row.text}
                    {row.prompt && <span className={styles.prompt}> {row.prompt}</span>}
                  </dt>
                  <dd data-answered={row.answer !== null}>{row.answerText}</dd>
                </div>
              ))}
            </dl>
          </Card>
        ))}
      </TwoColumn>
    </Section>
  );
}
