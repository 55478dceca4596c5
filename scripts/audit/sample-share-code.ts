import type { AnswerValue } from '@/lib/answers/schema';
import { loadBank } from '@/lib/bank/load-bank';
import { encodeShareCode } from '@/lib/codecs/share-code';

/** Where a budgets.json path wants a share code: `/results#{share-code}`. */
export const SHARE_CODE_PLACEHOLDER = '{share-code}';

/**
 * A share code for a full, varied answer set of the current bank, so the audit measures the
 * results page as a person opening a shared link sees it.
 */
export function sampleShareCode(): string {
  const bank = loadBank();
  const answers: Record<string, AnswerValue> = {};
  bank.questions.forEach((q, i) => {
    const value = q.type === 'likert' ? ((i * 3) % 5) + 1 : q.options[i % q.options.length]?.id;
    if (value !== undefined) answers[q.id] = value;
  });
  return encodeShareCode(bank, { form: 'full', answers });
}

/** The URL of a budgets.json path on a server, with any share-code placeholder filled in. */
export function pageUrl(origin: string, path: string): string {
  return origin + path.replace(SHARE_CODE_PLACEHOLDER, sampleShareCode());
}
