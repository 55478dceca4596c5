import { Notice } from '@/app/_shared/ui';
import { useWords } from '@/app/_shared/page-words';
import type { QuizCopy } from '@/lib/quiz/quiz-copy-schema';

/** Says that answers are not being saved in this browser, and what that means at this point. */
export function StorageWarning({ when }: { when: keyof QuizCopy['storage'] }) {
  const warnings = useWords('quiz').storage;
  return (
    <Notice tone="warning" role="status">
      <p>{warnings[when]}</p>
    </Notice>
  );
}
