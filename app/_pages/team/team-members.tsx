import { SiteLink } from '@/app/_shared/site-link';
import { DataTable } from '@/app/_shared/ui/data-table';
import type { TeamView } from '@/lib/team/team-view';

import styles from './team.module.css';

/** The members as a table: name (with a link to their own result), mark, both fits, reading, confidence. */
export function TeamMembers({ members }: { members: TeamView['members'] }) {
  const { columns, items } = members;
  // Each row stays one line high: on a phone the table scrolls sideways rather than folding every
  // reading into a tall, narrow column.
  return (
    <div className={styles.oneLine}>
      <DataTable
        caption={members.heading}
        columns={[
          columns.name,
          columns.mark,
          columns.cto,
          columns.cpo,
          columns.reading,
          columns.confidence,
        ]}
        rows={items.map((m) => ({
          key: String(m.position),
          header: m.result ? (
            <SiteLink href={m.result.href} aria-label={m.result.label}>
              {m.name}
            </SiteLink>
          ) : (
            m.name
          ),
          cells: [m.mark, m.fits.cto.cell, m.fits.cpo.cell, m.verdict, m.confidence],
        }))}
      />
    </div>
  );
}
