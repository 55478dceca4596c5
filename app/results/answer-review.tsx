import type { Answers, Form } from '@/lib/answers/schema';
import type { QuestionBank } from '@/lib/bank/schema';
import { countReviewed, reviewAnswers } from '@/lib/report';

import type { ResultSource } from './report';
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
  const groups = reviewAnswers(bank, form, answers);
  const { answered, total } = countReviewed(groups);
  return (
    <section className={styles.section} aria-labelledby="review-title">
      <h2 id="review-title">Review {source === 'saved' ? 'your' : 'the'} answers</h2>
      <p>
        {answered} of {total} questions of the {form} form answered. Change any of them and the quiz
        keeps the rest; finishing it again shows a recomputed result.
      </p>
      {change.problem && (
        <p className={styles.warning} role="alert">
          {change.problem}
        </p>
      )}
      <div className={styles.reviewGroups}>
        {groups.map((group) => (
          <section
            key={group.id}
            className={styles.reviewGroup}
            aria-labelledby={`review-${group.id}`}
          >
            <div className={styles.reviewHeader}>
              <h3 id={`review-${group.id}`} className={styles.reviewTitle}>
                {group.title}
              </h3>
              <button
                type="button"
                className={styles.linkButton}
                onClick={() => change.request(group.stepIndex)}
              >
                Change<span className="visually-hidden"> answers in {group.title}</span>
              </button>
            </div>
            <dl className={styles.reviewList}>
              {group.answers.map((row) => (
                <div key={row.id} className={styles.reviewRow}>
                  <dt>
                    <span className={styles.number}>{row.number}.</span> {row.text}
                    {row.prompt && <span className={styles.prompt}> {row.prompt}</span>}
                  </dt>
                  <dd data-answered={row.answer !== null}>{row.answer ?? 'Not answered'}</dd>
                </div>
              ))}
            </dl>
          </section>
        ))}
      </div>
    </section>
  );
}
