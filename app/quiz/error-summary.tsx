import styles from './quiz.module.css';

export interface SummaryItem {
  questionId: string;
  text: string;
}

interface Props {
  items: readonly SummaryItem[];
  onSelect: (questionId: string) => void;
}

/** The list of problems at the top of a step, each a link to its question (as in GOV.UK). */
export function ErrorSummary({ items, onSelect }: Props) {
  if (items.length === 0) return null;
  return (
    <div className={styles.errorSummary} role="alert" aria-labelledby="error-summary-title">
      <h2 id="error-summary-title" className={styles.errorTitle}>
        {items.length === 1
          ? 'One question still needs an answer'
          : `${items.length} questions still need an answer`}
      </h2>
      <ul>
        {items.map((item) => (
          <li key={item.questionId}>
            <a
              href={`#${item.questionId}`}
              onClick={(event) => {
                event.preventDefault();
                onSelect(item.questionId);
              }}
            >
              {item.text}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
