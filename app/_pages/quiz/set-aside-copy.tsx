import { Button } from '@/app/_shared/ui';
import { saveFile } from '@/app/_shared/save-file';
import { useWords } from '@/app/_shared/page-words';

/** Lets a person download stored data that could not be restored, so it is never simply lost. */
export function SetAsideCopy({ raw }: { raw: string }) {
  const copy = useWords('quiz').restore;
  return (
    <Button
      variant="secondary"
      onClick={() => saveFile('role-fit-saved-answers.json', raw, 'application/json')}
    >
      {copy.download}
    </Button>
  );
}
