import { Notice } from '@/app/_shared/ui';

const WARNINGS = {
  answering:
    'This browser is not letting Role Fit save your answers, so they will be lost if you close or reload the page. Private browsing or full storage usually causes this.',
  review:
    'This browser is not saving answers; keep this page open until you have seen your results.',
} as const;

/** Says that answers are not being saved in this browser, and what that means at this point. */
export function StorageWarning({ when }: { when: keyof typeof WARNINGS }) {
  return (
    <Notice tone="warning" role="status">
      <p>{WARNINGS[when]}</p>
    </Notice>
  );
}
