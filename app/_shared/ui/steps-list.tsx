import styles from './ui.module.css';

/**
 * A short title and the steps under it: next steps of a focus area, practices of a tension.
 * `as="h4"` makes the title a heading, where the steps are a part of their card of their own.
 */
export function StepsList({
  title,
  steps,
  as: Title = 'p',
}: {
  title: string;
  steps: readonly string[];
  as?: 'p' | 'h4';
}) {
  return (
    <>
      <Title className={styles.stepsTitle}>{title}</Title>
      <ul className={styles.steps}>
        {steps.map((step) => (
          <li key={step}>{step}</li>
        ))}
      </ul>
    </>
  );
}
