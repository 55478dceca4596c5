import { describeRestoreNotice, type RestoreNotice } from '@/lib/quiz/restore-notice';

import { Notice } from '@/app/_shared/ui';

import { SetAsideCopy } from './set-aside-copy';
import { useQuizWords } from './use-quiz-words';

/** Says why saved progress was not restored as it was, with a download of the copy kept aside. */
export function RestoreMessage({ notice }: { notice: RestoreNotice }) {
  const words = useQuizWords();
  return (
    <Notice tone="warning" role="status">
      {describeRestoreNotice(words, notice).map((line) => (
        <p key={line}>{line}</p>
      ))}
      <SetAsideCopy raw={notice.raw} />
    </Notice>
  );
}
