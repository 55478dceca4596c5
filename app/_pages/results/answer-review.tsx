import { Button, Card, Notice, Section, TwoColumn } from '@/app/_shared/ui';
import type { Answers, Form } from '@/lib/answers/schema';
import type { QuestionBank } from '@/lib/bank/schema';
import type { ResultSource } from '@/lib/codecs/shown-result';
import { buildAnswerReview } from '@/lib/report/describe-review';

import ui from '@/app/_shared/ui/ui.module.css';

import styles from './results.module.css';
import type { ChangeAnswers } from './use-change-answers';
import { useResultWords } from './use-result-words';
import { useWords } from '@/app/_shared/page-words';

interface Props {
  bank: QuestionBank;
  form: Form;
  answers: Answers;
  source: ResultSource;
  change: ChangeAnswers;
}

/** Every question with the answer given, and a way back into the quiz at any step. */
export function AnswerReview({ bank, form, answers, source, change }: Props) {
  const words = useResultWords();
  const { titles } = useWords('quiz').step;
  const review = buildAnswerReview(words, titles, bank, form, answers, source);
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
            <div className={ui.actions}>
              <h3 id={`review-${group.id}`} className={styles.itemTitle}>
                {group.title}
              </h3>
              <Button variant="link" onClick={() => change.request(group.stepIndex)}>
                {review.change}
                <span className="visually-hidden">{group.changeHidden}</span>
              </Button>
            </div>
            <dl className={styles.review}>
              {group.answers.map((row) => (
                <div key={row.id}>
                  <dt>
                    <span className={ui.muted}>{row.number}.</span> {row.text}
                    {row.prompt && ` ${row.prompt}`}
                  </dt>
                  <dd>{row.answerText}</dd>
                </div>
              ))}
            </dl>
          </Card>
        ))}
      </TwoColumn>
    </Section>
  );
}
