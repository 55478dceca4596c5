'use client';

import { startTransition, useEffect, useState } from 'react';

import { SiteLink } from '@/app/_shared/site-link';
import type { QuestionBank } from '@/lib/bank/schema';
import type { DecodedPerson } from '@/lib/codecs/compare-code';
import {
  PAIRING_KIND_LABEL,
  type PairingContent,
  type PairingKind,
  type PairingReport,
} from '@/lib/compare';

import { CompareActions } from './compare-actions';
import { CompareExport } from './compare-export';
import styles from './compare.module.css';
import { FitPairsChart } from './fit-pairs-chart';
import { OverlaySlot } from './overlay-slot';
import { PairScale } from './pair-scale';

interface Props {
  bank: QuestionBank;
  content: PairingContent;
  /** The engine's comparison of the two people. */
  report: PairingReport;
  people: readonly [DecodedPerson<QuestionBank>, DecodedPerson<QuestionBank>];
  /** The compare code the page was opened with. */
  code: string;
  onEdit: () => void;
}

const FORM_WORDS = { full: 'full form', short: 'short form' } as const;
const CONFIDENCE_WORDS = { high: 'High', medium: 'Medium', low: 'Low' } as const;
/** How many slices render after the headline: fits and seats, tensions, competencies and exports. */
const SECTIONS = 3;
const KIND_ORDER: readonly PairingKind[] = ['clash', 'complement', 'aligned', 'unknown'];

/**
 * The comparison of two results below its headline (which the page renders): both fits, the
 * seats, the six tensions and the competencies.
 */
export function Comparison({ bank, content, report, people, code, onEdit }: Props) {
  const [a, b] = report.people;
  // The headline renders at once; the sections below it follow one per transition, so that no
  // single task builds the whole comparison (docs/decisions/004 does the same for a result).
  const [shown, setShown] = useState(0);
  useEffect(() => {
    if (shown < SECTIONS) startTransition(() => setShown(shown + 1));
  }, [shown]);

  return (
    <article aria-labelledby="page-title">
      <ul className={styles.counts} aria-label="The six tensions at a glance">
        {KIND_ORDER.map((kind) => (
          <li key={kind} data-kind={kind}>
            <strong>{report.counts[kind]}</strong> {PAIRING_KIND_LABEL[kind].toLowerCase()}
          </li>
        ))}
      </ul>
      <CompareActions code={code} onEdit={onEdit} />
      {report.cautions.length > 0 && (
        <ul className={styles.cautions}>
          {report.cautions.map((c) => (
            <li key={c}>{c}</li>
          ))}
        </ul>
      )}

      {shown >= 1 && (
        <section aria-labelledby="fits-title">
          <h2 id="fits-title">Both fits side by side</h2>
          <div className={styles.fitsGrid}>
            <div
              className={styles.card}
              role="img"
              aria-label={`CTO fit: ${a.name} ${a.fit.cto}, ${b.name} ${b.fit.cto}. CPO fit: ${a.name} ${a.fit.cpo}, ${b.name} ${b.fit.cpo}. Out of 100.`}
            >
              <Legend names={[a.name, b.name]} bars />
              <FitPairsChart people={report.people} />
            </div>
            <div className={styles.personCards}>
              {report.people.map((person, i) => (
                <div key={i} className={styles.personCard} data-person={i === 0 ? 'a' : 'b'}>
                  <h3 className={styles.personName}>
                    <span className={styles.mark} aria-hidden="true" />
                    {person.name}
                  </h3>
                  <p className={styles.verdict}>{person.verdict}</p>
                  <dl className={styles.fitNumbers}>
                    {(['cto', 'cpo'] as const).map((role) => (
                      <div key={role}>
                        <dt>{role.toUpperCase()} fit</dt>
                        <dd>
                          <span data-testid={`fit-${i === 0 ? 'a' : 'b'}-${role}`}>
                            {person.fit[role]}
                          </span>{' '}
                          <span className={styles.level}>{person.levels[role]}</span>
                        </dd>
                      </div>
                    ))}
                  </dl>
                  <p className={styles.small}>
                    {CONFIDENCE_WORDS[person.confidence]} confidence · {person.answered} of{' '}
                    {person.total} answered, {FORM_WORDS[person.form]}
                  </p>
                  <p className={styles.small}>
                    <SiteLink href={`/results#${people[i]?.code ?? ''}`}>
                      Open {person.name}’s full result
                    </SiteLink>
                  </p>
                </div>
              ))}
            </div>
          </div>
          <p className={styles.small}>
            Scores are positions on this quiz’s own 0–100 scale, not percentiles of other people.
          </p>
          <p className={styles.framing}>
            <strong>How to read this.</strong> {report.framing}
          </p>
        </section>
      )}
      {shown >= 1 && (
        <section aria-labelledby="seats-title">
          <h2 id="seats-title">{report.roleSplit.headline}</h2>
          <p>{report.roleSplit.summary}</p>
          <p className={styles.suggestion}>{report.roleSplit.suggestion}</p>
        </section>
      )}
      {shown >= 2 && <TensionsSection report={report} />}
      {shown >= 3 && (
        <section aria-labelledby="competencies-title">
          <h2 id="competencies-title">Competencies side by side</h2>
          <p>
            Where one of you is strong and the other is not, the stronger one can cover the gap; a
            gap you share is worth hiring or growing for.
          </p>
          <div className={styles.card}>
            <Legend names={[a.name, b.name]} />
            <OverlaySlot
              rows={report.competencies.map((c) => ({ id: c.id, name: c.name, scores: c.scores }))}
              label={summariseOverlay(report)}
            />
          </div>
          <CompetencyTable report={report} />
        </section>
      )}
      {shown >= 3 && <CompareExport bank={bank} content={content} people={people} code={code} />}
    </article>
  );
}

function Legend({ names, bars = false }: { names: readonly [string, string]; bars?: boolean }) {
  return (
    <ul className={styles.key}>
      <li data-person="a">
        <span className={styles.mark} aria-hidden="true" />
        {names[0]} (circle{bars ? ', solid bars' : ''})
      </li>
      <li data-person="b">
        <span className={styles.mark} aria-hidden="true" />
        {names[1]} (square{bars ? ', hatched bars' : ''})
      </li>
    </ul>
  );
}

function TensionsSection({ report }: { report: PairingReport }) {
  const [a, b] = report.people;
  return (
    <section aria-labelledby="tensions-title">
      <h2 id="tensions-title">The six tensions, as a pair</h2>
      <p>
        Where each of you sits between technology-first and product-first on the six tensions
        between the two roles: {a.name} as a circle above the line, {b.name} as a square below it.
      </p>
      <ol className={styles.tensions}>
        {report.tensions.map((t) => (
          <li
            key={t.id}
            className={styles.tension}
            data-kind={t.kind}
            data-testid={`tension-${t.id}`}
          >
            <div className={styles.tensionHead}>
              <h3 className={styles.tensionName}>{t.name}</h3>
              <span className={styles.kind} data-kind={t.kind}>
                {PAIRING_KIND_LABEL[t.kind]}
              </span>
            </div>
            <PairScale positions={t.positions} />
            <p className={styles.placements}>
              <span data-person="a">
                <span className={styles.mark} aria-hidden="true" />
                {a.name}: {t.placed[0]}
              </span>
              <span data-person="b">
                <span className={styles.mark} aria-hidden="true" />
                {b.name}: {t.placed[1]}
              </span>
            </p>
            <p className={styles.tensionHeadline}>{t.headline}</p>
            <p>{t.reason}</p>
            <h4 className={styles.practicesTitle}>Practices that fit</h4>
            <ul className={styles.practices}>
              {t.practices.map((p) => (
                <li key={p}>{p}</li>
              ))}
            </ul>
          </li>
        ))}
      </ol>
    </section>
  );
}

function CompetencyTable({ report }: { report: PairingReport }) {
  const [a, b] = report.people;
  return (
    // On a phone the table scrolls sideways inside its box, so the box takes the keyboard focus
    // (arrow keys then scroll it) and is named by the table's caption.
    <div
      className={styles.tableWrap}
      role="region"
      aria-labelledby="competency-table-caption"
      tabIndex={0}
    >
      <table className={`data-table ${styles.table}`}>
        <caption id="competency-table-caption" className="visually-hidden">
          Competency scores of {a.name} and {b.name}
        </caption>
        <thead>
          <tr>
            <th scope="col">Competency</th>
            <th scope="col" className={styles.num}>
              {a.name}
            </th>
            <th scope="col" className={styles.num}>
              {b.name}
            </th>
            <th scope="col">Between you</th>
          </tr>
        </thead>
        <tbody>
          {report.competencies.map((c) => (
            <tr key={c.id} data-coverage={c.coverage}>
              <th scope="row">{c.name}</th>
              <td className={styles.num}>{c.scores[0] ?? 'not measured'}</td>
              <td className={styles.num}>{c.scores[1] ?? 'not measured'}</td>
              <td>{c.note}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** The overlay chart in a sentence, for screen readers: who covers whom, and what is shared. */
function summariseOverlay(report: PairingReport): string {
  const [a, b] = report.people;
  const count = (coverage: string) =>
    report.competencies.filter((c) => c.coverage === coverage).length;
  return `Competency scores of ${a.name} and ${b.name} on one 0 to 100 scale. ${a.name} covers ${count('first-covers')} of ${b.name}’s gaps, ${b.name} covers ${count('second-covers')} of ${a.name}’s; ${count('both-strong')} strengths and ${count('shared-gap')} gaps are shared. The table below lists every score.`;
}
