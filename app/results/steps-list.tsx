import styles from './results.module.css';

/** A short heading and the steps under it: next steps of a focus area, practices of a tension. */
export function StepsList({ title, steps }: { title: string; steps: readonly string[] }) {
  return (
    <>
      <p className={styles.stepsTitle}>{title}</p>
      <ul className={styles.steps}>
        {steps.map((step) => (
          <li key={step}>{step}</li>
        ))}
      </ul>
    </>
  );
}
