'use client';

import { groupPath, type GroupKind } from '@/app/_shared/group-kind';
import { useSiteUrl } from '@/app/_shared/locale-context';
import { CopyLinkStatus } from '@/app/_shared/copy-link-status';
import { Button } from '@/app/_shared/ui';
import ui from '@/app/_shared/ui/ui.module.css';
import { useCopyLink } from '@/app/_shared/use-copy-link';

/** The words of {@link LinkActions}, from a page's copy. */
export interface LinkActionWords {
  readonly copy: string;
  readonly edit: string;
  readonly copied: string;
  readonly linkLabel: string;
}

/**
 * Copies a link to a page whose whole content lives in its fragment (which never reaches a
 * server), or shows it selected when the clipboard is out of reach; and reopens the page's form.
 * The comparison and the team map use it with their own words and classes.
 */
export function LinkActions({
  kind,
  code,
  words,
  onEdit,
  classes = {},
}: {
  kind: GroupKind;
  code: string;
  words: LinkActionWords;
  onEdit: () => void;
  classes?: {
    block?: string | undefined;
    actions?: string | undefined;
    status?: string | undefined;
    field?: string | undefined;
  };
}) {
  const siteUrl = useSiteUrl();
  const link = () => siteUrl(groupPath(kind, code));
  const { state, copy, fieldRef } = useCopyLink(link);
  return (
    <div className={classes.block}>
      <p className={classes.actions ?? ui.actions}>
        <Button onClick={() => void copy()}>{words.copy}</Button>
        <Button variant="secondary" onClick={onEdit}>
          {words.edit}
        </Button>
      </p>
      <CopyLinkStatus
        state={state}
        fieldRef={fieldRef}
        link={link}
        copied={words.copied}
        label={words.linkLabel}
        id={`${kind}-link`}
        statusClassName={classes.status}
        fieldClassName={classes.field}
      />
    </div>
  );
}
