import type { RefObject } from 'react';

import { useWords } from './page-words';
import type { CopyState } from './use-copy-link';

/**
 * What a copy-link button reports (`role="status"`): that the link was copied, with `copied` saying
 * who can see what; or, when the clipboard is out of reach, the link in a read-only field to copy
 * by hand, selected on focus.
 */
export function CopyLinkStatus({
  state,
  fieldRef,
  link,
  copied,
  label,
  id,
  statusClassName,
  fieldClassName,
}: {
  state: CopyState;
  fieldRef: RefObject<HTMLInputElement | null>;
  link: () => string;
  copied: string;
  label: string;
  id: string;
  statusClassName: string | undefined;
  fieldClassName: string | undefined;
}) {
  const { copyLinkBlocked } = useWords('common');
  return (
    <>
      <p className={statusClassName} role="status">
        {state === 'copied' ? copied : state === 'manual' ? copyLinkBlocked : ''}
      </p>
      {state === 'manual' && (
        <div className={fieldClassName}>
          <label htmlFor={id}>{label}</label>
          <input
            ref={fieldRef}
            id={id}
            type="text"
            readOnly
            value={link()}
            onFocus={(event) => event.currentTarget.select()}
          />
        </div>
      )}
    </>
  );
}
