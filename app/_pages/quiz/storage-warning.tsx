import { Notice } from '@/app/_shared/ui';
import { QUIZ_COPY } from '@/lib/quiz/quiz-copy';

const WARNINGS = QUIZ_COPY.storage;

/** Says that answers are not being saved in this browser, and what that means at this point. */
export function StorageWarning({ when }: { when: keyof typeof WARNINGS }) {
  return (
    <Notice tone="warning" role="status">
      <p>{WARNINGS[when]}</p>
    </Notice>
  );
}
