import type { ReactNode } from 'react';

import type { RoleProfile as Role } from '@/lib/guide/schema';
import type { RolesCopy } from '@/lib/site/copy/roles-schema';

import { Card } from '@/app/_shared/ui';
import ui from '@/app/_shared/ui/ui.module.css';

import styles from './page.module.css';

/** The rows that list lines, in the order they are shown. */
const LIST_ROWS = ['responsibilities', 'skills', 'worksWith', 'successMeasures'] as const;

/** One role of the guide as a column; its rows line up with the other role's on wide screens. */
export function RoleProfile({ role, rows }: { role: Role; rows: RolesCopy['roles']['rows'] }) {
  const headingId = `role-${role.id}`;
  return (
    <Card
      as="article"
      id={role.id}
      className={styles.role}
      data-side={role.id}
      aria-labelledby={headingId}
    >
      <header className={styles.roleHeader}>
        <h3 id={headingId} className={styles.roleTitle}>
          {role.title} <span className={styles.abbr}>({role.shortTitle})</span>
        </h3>
        <p className={styles.focus}>{role.focus}</p>
      </header>
      <p className={styles.summary}>{role.summary}</p>
      <Row title={rows.reportsTo}>
        <p>{role.reportsTo}</p>
      </Row>
      {LIST_ROWS.map((row) => (
        <Row key={row} title={rows[row]}>
          <Lines lines={role[row]} />
        </Row>
      ))}
      <Row title={rows.impact}>
        <p>{role.impact}</p>
      </Row>
    </Card>
  );
}

function Row({ title, children }: { title: string; children: ReactNode }) {
  return (
    <div className={styles.row}>
      <h4 className={styles.label}>{title}</h4>
      {children}
    </div>
  );
}

function Lines({ lines }: { lines: Role['responsibilities'] }) {
  return (
    <ul className={`${ui.steps} ${styles.lines}`}>
      {lines.map((line) => (
        <li key={line.text}>{line.text}</li>
      ))}
    </ul>
  );
}
