'use client';

import { useCopyLink } from '@/app/components/use-copy-link';

import styles from './compare.module.css';

/**
 * Copies a link to this comparison (both results live in its fragment, which never reaches a
 * server), or shows it selected when the clipboard is out of reach; and reopens the form.
 */
export function CompareActions({ code, onEdit }: { code: string; onEdit: () => void }) {
  const link = () => `${window.location.origin}/compare#${code}`;
  const { state, copy, fieldRef } = useCopyLink(link);

  return (
    <div className={styles.actionsBlock}>
      <p className={styles.actions}>
        <button type="button" className="button" onClick={() => void copy()}>
          Copy link to this comparison
        </button>
        <button type="button" className="button button-secondary" onClick={onEdit}>
          Compare other results
        </button>
      </p>
      <p className={styles.status} role="status">
        {state === 'copied'
          ? 'Link copied. Anyone with it can see both results and this comparison.'
          : state === 'manual'
            ? 'Copying is blocked here: select the link below and copy it.'
            : ''}
      </p>
      {state === 'manual' && (
        <div className={styles.field}>
          <label htmlFor="compare-link">Link to this comparison</label>
          <input
            ref={fieldRef}
            id="compare-link"
            type="text"
            readOnly
            value={link()}
            onFocus={(event) => event.currentTarget.select()}
          />
        </div>
      )}
    </div>
  );
}
