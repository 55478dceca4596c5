'use client';

import { useWords } from '@/app/_shared/page-words';
import { useSlices } from '@/app/_shared/use-slices';

import { GroupExport } from '@/app/_shared/group-export';
import { LinkActions } from '@/app/_shared/link-actions';
import { SiteLink } from '@/app/_shared/site-link';
import { Card, Notice, Section, TwoColumn } from '@/app/_shared/ui';
import ui from '@/app/_shared/ui/ui.module.css';
import type { ComparisonView } from '@/lib/compare/comparison-view';

import { CompareTensions } from './compare-tensions';
import styles from './compare.module.css';
import { CompetencyTable } from './competency-table';
import { FitPairsChart } from './fit-pairs-chart';
import { OverlaySlot } from './overlay-slot';

interface Props {
  /** Everything the comparison shows. */
  view: ComparisonView;
  /** The compare code the page was opened with. */
  code: string;
  onEdit: () => void;
}

/** How many slices render after the headline: fits and seats, tensions, competencies and exports. */
const SECTIONS = 3;

/**
 * The comparison of two results below its headline (which the page renders): both fits, the
 * seats, the six tensions and the competencies.
 */
export function Comparison({ view, code, onEdit }: Props) {
  const { fits, seats, competencies } = view;
  const shown = useSlices(SECTIONS);
  const words = useWords('compare');

  return (
    <article aria-labelledby="page-title">
      <ul className={`${ui.key} ${styles.counts}`} aria-label={view.counts.label}>
        {view.counts.items.map(({ kind, count, words }) => (
          <li key={kind} className={ui.pill} data-kind={kind}>
            <strong>{count}</strong> {words}
          </li>
        ))}
      </ul>
      <LinkActions
        kind="compare"
        code={code}
        words={words.actions}
        onEdit={onEdit}
        classes={{
          block: styles.actionsBlock,
          actions: `${ui.actions} ${styles.actions}`,
          status: styles.status,
          field: styles.field,
        }}
      />
      {view.cautions.items.length > 0 && (
        <Notice tone="warning">
          <ul className={ui.steps}>
            {view.cautions.items.map((c) => (
              <li key={c}>{c}</li>
            ))}
          </ul>
        </Notice>
      )}

      {shown >= 1 && (
        <Section titleId="fits-title" title={fits.heading}>
          <TwoColumn lean="start">
            <Card role="img" aria-label={fits.chartSummary}>
              <Legend view={view} bars />
              <FitPairsChart groups={fits.chart} />
            </Card>
            <TwoColumn>
              {view.people.map((person) => (
                <div
                  key={person.key}
                  className={`${ui.toned} ${styles.personCard}`}
                  data-person={person.key}
                >
                  <h3 className={styles.personName}>
                    <span className={styles.mark} aria-hidden="true" />
                    {person.name}
                  </h3>
                  <p className={styles.verdict}>{person.verdict}</p>
                  <dl className={`${ui.pair} ${styles.fitNumbers}`}>
                    {(['cto', 'cpo'] as const).map((role) => (
                      <div key={role}>
                        <dt>{fits.rows[role]}</dt>
                        <dd>
                          <span data-testid={`fit-${person.key}-${role}`}>
                            {person.fits[role].score}
                          </span>{' '}
                          <span className={styles.level}>{person.fits[role].level}</span>
                        </dd>
                      </div>
                    ))}
                  </dl>
                  <p className={ui.muted}>{person.card}</p>
                  {person.result && (
                    <p className={ui.muted}>
                      <SiteLink href={person.result.href}>{person.result.label}</SiteLink>
                    </p>
                  )}
                </div>
              ))}
            </TwoColumn>
          </TwoColumn>
          <p className={ui.muted}>{fits.notPercentile}</p>
          <Notice>
            <p>
              <strong>{fits.framingLead}</strong> {fits.framing}
            </p>
          </Notice>
        </Section>
      )}
      {shown >= 1 && (
        <Section titleId="seats-title" title={seats.headline}>
          <p>{seats.summary}</p>
          <p className={styles.suggestion}>{seats.suggestion}</p>
        </Section>
      )}
      {shown >= 2 && <CompareTensions view={view} />}
      {shown >= 3 && (
        <Section
          titleId="competencies-title"
          title={competencies.heading}
          lead={competencies.intro}
        >
          <Card>
            <Legend view={view} />
            <OverlaySlot
              rows={competencies.rows}
              names={[view.people[0].name, view.people[1].name]}
              label={competencies.chartSummary}
            />
          </Card>
          <CompetencyTable competencies={competencies} />
        </Section>
      )}
      {shown >= 3 && (
        <GroupExport
          kind="compare"
          view={view}
          code={code}
          words={words.export}
          classes={{
            section: styles.exportPanel,
            actions: `${ui.actions} ${styles.actions}`,
            pageSize: ui.pageSize,
            status: styles.status,
          }}
        />
      )}
    </article>
  );
}

/** The key of a chart: each person's mark and name. */
function Legend({ view, bars = false }: { view: ComparisonView; bars?: boolean }) {
  return (
    <ul className={`${ui.key} ${styles.key}`}>
      {view.people.map((person) => (
        <li key={person.key} data-person={person.key}>
          <span className={styles.mark} aria-hidden="true" />
          {bars ? person.legend.withBars : person.legend.plain}
        </li>
      ))}
    </ul>
  );
}
