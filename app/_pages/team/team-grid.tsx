'use client';

import { useId, useState } from 'react';

import { useWords } from '@/app/_shared/page-words';
import { Button, Section } from '@/app/_shared/ui';
import ui from '@/app/_shared/ui/ui.module.css';
import { sortGridRows, sortMembersBy, type GridRowOrder } from '@/lib/team/sort-team-grid';
import type { TeamView } from '@/lib/team/team-view';

import styles from './team.module.css';
import table from '@/app/_shared/ui/ui.module.css';

type Sort = 'ascending' | 'descending' | undefined;

/**
 * Members × competencies, each cell its score as a number on a shade of its fit level, with the
 * CTO and CPO ideals and the team's coverage alongside. The header buttons sort it: a member's
 * name orders the competencies by their scores, a competency orders the members by theirs.
 */
export function TeamGrid({ view }: { view: TeamView }) {
  const { grid } = view;
  const words = useWords('team').grid;
  const id = useId();
  const [rowOrder, setRowOrder] = useState<GridRowOrder>({ by: 'bank' });
  const [memberBy, setMemberBy] = useState<string | null>(null);
  const rows = sortGridRows(grid.rows, rowOrder);
  const members = memberBy
    ? sortMembersBy(view.members.items, grid.rows, memberBy)
    : view.members.items;
  const columns = grid.columns;
  const sortButton = (label: string, onClick: () => void) => (
    <Button variant="link" aria-describedby={`${id}-hint`} onClick={onClick}>
      {label}
    </Button>
  );
  const sorted = (yes: boolean, how: Sort = 'descending'): Sort => (yes ? how : undefined);

  return (
    <Section titleId="grid-title" title={grid.heading} lead={grid.intro}>
      <ul className={`${styles.legend} ${styles.shade}`}>
        {grid.legend.map((l) => (
          <li key={l.level}>
            <span data-level={l.level}>{l.label}</span> {l.range}
          </li>
        ))}
      </ul>
      <p id={`${id}-hint`} className={ui.muted}>
        {words.sortHint}{' '}
        <Button
          variant="link"
          disabled={rowOrder.by === 'bank' && memberBy === null}
          onClick={() => {
            setRowOrder({ by: 'bank' });
            setMemberBy(null);
          }}
        >
          {words.resetOrder}
        </Button>
      </p>
      <div className={table.scroll} role="region" aria-labelledby={`${id}-caption`} tabIndex={0}>
        <table className={`data-table ${table.table} ${styles.shade}`}>
          <caption id={`${id}-caption`} className="visually-hidden">
            {grid.caption}
          </caption>
          <thead>
            <tr>
              <th scope="col" aria-sort={sorted(rowOrder.by === 'name', 'ascending')}>
                {sortButton(columns.competency, () =>
                  setRowOrder(rowOrder.by === 'name' ? { by: 'bank' } : { by: 'name' }),
                )}
              </th>
              {members.map((m) => (
                <th
                  key={m.position}
                  scope="col"
                  aria-sort={sorted(rowOrder.by === 'member' && rowOrder.position === m.position)}
                >
                  {sortButton(m.name, () => setRowOrder({ by: 'member', position: m.position }))}
                </th>
              ))}
              <th scope="col">{columns.ideal.cto}</th>
              <th scope="col">{columns.ideal.cpo}</th>
              <th scope="col" aria-sort={sorted(rowOrder.by === 'best')}>
                {sortButton(columns.best, () => setRowOrder({ by: 'best' }))}
              </th>
              <th scope="col">{columns.strong}</th>
              <th scope="col">{columns.coverage}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.id} data-coverage={row.coverage}>
                <th scope="row" aria-sort={sorted(memberBy === row.id)}>
                  {sortButton(row.name, () => setMemberBy(row.id))}
                </th>
                {members.map((m) => {
                  const cell = row.cells[m.position];
                  return (
                    <td key={m.position} data-level={cell?.level ?? undefined}>
                      {cell?.text}
                    </td>
                  );
                })}
                <td>{row.ideal.cto}</td>
                <td>{row.ideal.cpo}</td>
                <td>{row.bestText}</td>
                <td>{row.strongText}</td>
                <td>
                  <strong>{row.coverageLabel}</strong>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p>{grid.summary}</p>
    </Section>
  );
}
