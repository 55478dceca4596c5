import { Section, TwoColumn } from '@/app/_shared/ui';
import type { QuestionBank } from '@/lib/bank/schema';
import { buildReadingGuide } from '@/lib/report/reading-guide';

import ui from '@/app/_shared/ui/ui.module.css';

import styles from './results.module.css';
import { useResultWords } from './use-result-words';

/**
 * What the numbers mean and what they do not: positions on our scale with a range each, for
 * reflection only.
 */
export function ReadingGuide({ scoring }: { scoring: QuestionBank['scoring'] }) {
  const words = useResultWords();
  const guide = buildReadingGuide(words, scoring);
  const { levels } = guide;
  return (
    <Section titleId="reading-title" title={guide.title}>
      <TwoColumn className={styles.top}>
        <div>
          <p>
            {guide.scale.before}
            <strong>{guide.scale.strong}</strong>
            {guide.scale.after}
          </p>
          <p>{guide.weights}</p>
          <p data-testid="range-guide">
            <strong>{guide.range.title}.</strong> {guide.range.paragraph}
          </p>
          <p className={ui.notice}>{guide.caution}</p>
        </div>
        <table className={`data-table ${styles.levels}`}>
          <caption>{levels.caption}</caption>
          <thead>
            <tr>
              <th scope="col">{levels.columns.fit}</th>
              <th scope="col">{levels.columns.level}</th>
              <th scope="col">{levels.columns.meaning}</th>
            </tr>
          </thead>
          <tbody>
            {levels.bands.map((band) => (
              <tr key={band.level} data-level={band.level}>
                <td className={styles.nowrap}>{band.range}</td>
                <th scope="row">{band.label}</th>
                <td>{band.meaning}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TwoColumn>
    </Section>
  );
}
