import { LinkActions } from '@/app/_shared/link-actions';
import { COMPARE_COPY } from '@/lib/compare/compare-copy';

import ui from '@/app/_shared/ui/ui.module.css';

import styles from './compare.module.css';

/** The comparison's link and "change" buttons: both results live in its fragment. */
export function CompareActions({ code, onEdit }: { code: string; onEdit: () => void }) {
  return (
    <LinkActions
      path="/compare"
      code={code}
      words={COMPARE_COPY.actions}
      id="compare-link"
      onEdit={onEdit}
      classes={{
        block: styles.actionsBlock,
        actions: `${ui.actions} ${styles.actions}`,
        status: styles.status,
        field: styles.field,
      }}
    />
  );
}
