'use client';

import { CopyLinkStatus } from '@/app/_shared/copy-link-status';
import { Button } from '@/app/_shared/ui';
import { useCopyLink } from '@/app/_shared/use-copy-link';
import { COMPARE_COPY } from '@/lib/compare/compare-copy';

import ui from '@/app/_shared/ui/ui.module.css';

import styles from './compare.module.css';

const WORDS = COMPARE_COPY.actions;

/**
 * Copies a link to this comparison (both results live in its fragment, which never reaches a
 * server), or shows it selected when the clipboard is out of reach; and reopens the form.
 */
export function CompareActions({ code, onEdit }: { code: string; onEdit: () => void }) {
  const link = () => `${window.location.origin}/compare#${code}`;
  const { state, copy, fieldRef } = useCopyLink(link);

  return (
    <div className={styles.actionsBlock}>
      <p className={`${ui.actions} ${styles.actions}`}>
        <Button onClick={() => void copy()}>{WORDS.copy}</Button>
        <Button variant="secondary" onClick={onEdit}>
          {WORDS.edit}
        </Button>
      </p>
      <CopyLinkStatus
        state={state}
        fieldRef={fieldRef}
        link={link}
        copied={WORDS.copied}
        label={WORDS.linkLabel}
        id="compare-link"
        statusClassName={styles.status}
        fieldClassName={styles.field}
      />
    </div>
  );
}
