'use client';

import { CopyLinkStatus } from '@/app/_shared/copy-link-status';
import { Button } from '@/app/_shared/ui';
import { useCopyLink } from '@/app/_shared/use-copy-link';
import { TEAM_COPY } from '@/lib/team/team-copy';

import styles from './team.module.css';

const WORDS = TEAM_COPY.actions;

/**
 * Copies a link to this team map (every member lives in its fragment, which never reaches a
 * server), or shows it selected when the clipboard is out of reach; and reopens the form.
 */
export function TeamActions({ code, onEdit }: { code: string; onEdit: () => void }) {
  const link = () => `${window.location.origin}/team#${code}`;
  const { state, copy, fieldRef } = useCopyLink(link);
  return (
    <div>
      <p className={styles.actions}>
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
        id="team-link"
        statusClassName={undefined}
        fieldClassName={undefined}
      />
    </div>
  );
}
