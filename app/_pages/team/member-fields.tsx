import type { Ref } from 'react';

import { useWords } from '@/app/_shared/page-words';
import { ResultLinkField } from '@/app/_shared/result-link-field';
import { Button } from '@/app/_shared/ui';
import { MAX_NAME_LENGTH } from '@/lib/codecs/compare-code';
import { fillTemplate } from '@/lib/report/copy/fill-template';

import styles from './team.module.css';

/** What a member's row can be asked to do by its buttons. */
export type RowMove = 'up' | 'down' | 'remove';

interface Props {
  /** Stable across moves, so the fields keep their ids and focus. */
  id: number;
  index: number;
  count: number;
  link: string;
  name: string;
  error: string | null;
  onChange: (change: { link?: string; name?: string }) => void;
  onMove: (move: RowMove) => void;
  linkRef: Ref<HTMLTextAreaElement>;
}

/** One member of the team form: a name, a result link, and buttons to move or remove them. */
export function MemberFields({ id, index, count, link, name, error, ...rest }: Props) {
  const { onChange, onMove, linkRef } = rest;
  const WORDS = useWords('team').form;
  const linkId = memberLinkId(id);
  const who = name.trim() || fillTemplate(WORDS.member, { number: index + 1 });
  return (
    <li className={styles.member} data-row={id}>
      <fieldset>
        <legend>{fillTemplate(WORDS.member, { number: index + 1 })}</legend>
        <label htmlFor={`member-name-${id}`}>{WORDS.name}</label>
        <input
          id={`member-name-${id}`}
          type="text"
          autoComplete="off"
          maxLength={MAX_NAME_LENGTH}
          value={name}
          onChange={(event) => onChange({ name: event.currentTarget.value })}
        />
        <ResultLinkField
          id={linkId}
          words={WORDS}
          value={link}
          error={error}
          rows={2}
          inputRef={linkRef}
          onChange={(value) => onChange({ link: value })}
        />
        <p className={styles.actions}>
          {index > 0 && (
            <Button variant="link" data-move="up" onClick={() => onMove('up')}>
              {fillTemplate(WORDS.moveUp, { name: who })}
            </Button>
          )}
          {index < count - 1 && (
            <Button variant="link" data-move="down" onClick={() => onMove('down')}>
              {fillTemplate(WORDS.moveDown, { name: who })}
            </Button>
          )}
          <Button variant="link" onClick={() => onMove('remove')}>
            {fillTemplate(WORDS.remove, { name: who })}
          </Button>
        </p>
      </fieldset>
    </li>
  );
}

/** The id of a member's link field, which the error summary links to. */
export function memberLinkId(id: number): string {
  return `member-link-${id}`;
}
