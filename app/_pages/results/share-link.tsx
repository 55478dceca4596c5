'use client';

import { Button } from '@/app/_shared/ui';
import { useState } from 'react';

import { CopyLinkStatus } from '@/app/_shared/copy-link-status';
import { useSiteUrl } from '@/app/_shared/locale-context';
import { useWords } from '@/app/_shared/page-words';
import { useCopyLink } from '@/app/_shared/use-copy-link';
import type { Answers, Form } from '@/lib/answers/schema';
import type { QuestionBank } from '@/lib/bank/schema';
import { encodeShareCode } from '@/lib/codecs/share-code';

import ui from '@/app/_shared/ui/ui.module.css';

import styles from './results.module.css';

/**
 * Copies a link that holds these answers, or hands it to the system's share sheet where there is
 * one. When the clipboard is out of reach, the link is shown
 * selected in a read-only field so that it can be copied by hand.
 */
export function ShareLink({
  bank,
  form,
  answers,
}: {
  bank: QuestionBank;
  form: Form;
  answers: Answers;
}) {
  const WORDS = useWords('result').page.share;
  const siteUrl = useSiteUrl();
  // The report renders only in the browser, so this is read once, never on the server.
  const [canShare] = useState(() => typeof navigator.share === 'function');
  const link = () => siteUrl(`/results#${encodeShareCode(bank, { form, answers })}`);
  const { state, copy, fieldRef } = useCopyLink(link);

  const share = async () => {
    try {
      await navigator.share({ title: WORDS.shareTitle, url: link() });
    } catch {
      // Closing the share sheet rejects too; there is nothing to tell the person.
    }
  };

  return (
    <div className={styles.share}>
      <Button onClick={() => void copy()}>{WORDS.copy}</Button>
      {canShare && (
        <Button variant="secondary" onClick={() => void share()}>
          {WORDS.share}
        </Button>
      )}
      <CopyLinkStatus
        state={state}
        fieldRef={fieldRef}
        link={link}
        copied={WORDS.copied}
        label={WORDS.linkLabel}
        id="share-link"
        statusClassName={`${styles.shareStatus} ${ui.muted}`}
        fieldClassName={styles.shareField}
      />
    </div>
  );
}
