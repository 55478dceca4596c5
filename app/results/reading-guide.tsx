import type { QuestionBank } from '@/lib/bank/schema';
import { describeFitLevels, describeRangeGuide } from '@/lib/report';

import styles from './results.module.css';

/**
 * What the numbers mean and what they do not: positions on our scale with a range each, for
 * reflection only.
 */
export function ReadingGuide({ scoring }: { scoring: QuestionBank['scoring'] }) {
  const range = describeRangeGuide(scoring);
  return (
    <section className={styles.section} aria-labelledby="reading-title">
      <h2 id="reading-title">How to read these numbers</h2>
      <div className={styles.guide}>
        <div>
          <p>
            Every score is a <strong>position on Role Fit’s own 0–100 scale</strong>, worked out
            from your answers alone. It is not a percentile: it does not compare you with other
            people, so a fit of 60 does not mean you did better than 60% of anyone.
          </p>
          <p>
            A role’s fit weighs each competency by how much that role relies on it, and adds how
            closely your choices in the workplace scenarios match the role’s instincts.
          </p>
          <p data-testid="range-guide">
            <strong>{range.title}.</strong> {range.paragraph}
          </p>
          <p className={styles.caution}>
            Role Fit is a tool for reflection and for conversations with a mentor or manager, not a
            hiring decision and not a measure of your worth. It sees only what you say about
            yourself today, and people grow into these roles.
          </p>
        </div>
        <table className={`data-table ${styles.levels}`}>
          <caption>Fit levels</caption>
          <thead>
            <tr>
              <th scope="col">Fit</th>
              <th scope="col">Level</th>
              <th scope="col">What it means</th>
            </tr>
          </thead>
          <tbody>
            {describeFitLevels().map((band) => (
              <tr key={band.level} data-level={band.level}>
                <td className={styles.nowrap}>{band.range}</td>
                <th scope="row">{band.label}</th>
                <td>{band.meaning}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
