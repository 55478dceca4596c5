import { Card, Section, TwoColumn } from '@/app/_shared/ui';
import ui from '@/app/_shared/ui/ui.module.css';
import type { TeamView } from '@/lib/team/team-view';

import { TeamLine } from './team-line';
import styles from './team.module.css';

/** The six tensions as a team: every member on one line, the centre, spread, reading and blind spot. */
export function TeamTensions({ tensions }: { tensions: TeamView['tensions'] }) {
  return (
    <Section titleId="tensions-title" title={tensions.heading} lead={tensions.intro}>
      <TwoColumn as="ol">
        {tensions.items.map((t) => (
          <Card as="li" key={t.id} data-testid={`tension-${t.id}`} data-reading={t.reading}>
            <h3>{t.name}</h3>
            <p>
              <strong>{t.readingLabel}</strong>
            </p>
            <TeamLine tension={t} />
            <p className={styles.ends}>
              <span>{tensions.scaleEnds.technology}</span>
              <span>{tensions.scaleEnds.product}</span>
            </p>
            {t.centreText && <p>{t.centreText}</p>}
            <ul className={ui.muted}>
              {t.placements.map((p) => (
                <li key={p.position}>{p.text}</li>
              ))}
            </ul>
            <p>{t.readingText}</p>
            {t.camps && <p>{t.camps}</p>}
            {t.unanswered && <p className={ui.muted}>{t.unanswered}</p>}
            {t.blindSpot && (
              <>
                <h4>{t.blindSpot.headline}</h4>
                <p>{t.blindSpot.text}</p>
                <p>
                  <strong>{tensions.practicesTitle}</strong>
                </p>
                <ul>
                  {t.blindSpot.practices.map((practice) => (
                    <li key={practice}>{practice}</li>
                  ))}
                </ul>
              </>
            )}
          </Card>
        ))}
      </TwoColumn>
    </Section>
  );
}
