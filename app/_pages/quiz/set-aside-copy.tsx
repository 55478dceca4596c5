import { Button } from '@/app/_shared/ui';
import { saveFile } from '@/app/_shared/save-file';
import { QUIZ_COPY } from '@/lib/quiz/quiz-copy';

/** Lets a person download stored data that could not be restored, so it is never simply lost. */
export function SetAsideCopy({ raw }: { raw: string }) {
  return (
    <Button
      variant="secondary"
      onClick={() => saveFile('role-fit-saved-answers.json', raw, 'application/json')}
    >
      {QUIZ_COPY.restore.download}
    </Button>
  );
}
