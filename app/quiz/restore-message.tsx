import { describeRestoreNotice, type RestoreNotice } from '@/lib/quiz/restore-notice';

import styles from './quiz.module.css';
import { SetAsideCopy } from './set-aside-copy';

/** Says why saved progress was not restored as it was, with a download of the copy kept aside. */
export function RestoreMessage({ notice }: { notice: RestoreNotice }) {
  return (
    <div className={styles.notice} role="status">
      {describeRestoreNotice(notice).map((line) => (
        <p key={line}>{line}</p>
      ))}
      <SetAsideCopy raw={notice.raw} />
    </div>
  );
}
