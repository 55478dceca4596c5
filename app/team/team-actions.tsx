import { LinkActions } from '@/app/_shared/link-actions';
import { TEAM_COPY } from '@/lib/team/team-copy';

import styles from './team.module.css';

/** The team map's link and "change" buttons: every member lives in its fragment. */
export function TeamActions({ code, onEdit }: { code: string; onEdit: () => void }) {
  return (
    <LinkActions
      path="/team"
      code={code}
      words={TEAM_COPY.actions}
      id="team-link"
      onEdit={onEdit}
      classes={{ actions: styles.actions }}
    />
  );
}
