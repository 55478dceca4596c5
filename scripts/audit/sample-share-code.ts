import type { AnswerValue } from '@/lib/answers/schema';
import { loadBank } from '@/lib/bank/load-bank';
import { encodeCompareCode } from '@/lib/codecs/compare-code';
import { encodeShareCode } from '@/lib/codecs/share-code';

/** Where a budgets.json path wants a share code: `/results#{share-code}`. */
export const SHARE_CODE_PLACEHOLDER = '{share-code}';
/** Where a budgets.json path wants a compare code: `/compare#{compare-code}`. */
export const COMPARE_CODE_PLACEHOLDER = '{compare-code}';

/**
 * A share code for a full, varied answer set of the current bank, so the audit measures the
 * results page as a person opening a shared link sees it.
 */
export function sampleShareCode(shift = 0): string {
  const bank = loadBank();
  const answers: Record<string, AnswerValue> = {};
  bank.questions.forEach((q, i) => {
    const value =
      q.type === 'likert'
        ? ((i * 3 + shift) % 5) + 1
        : q.options[(i + shift) % q.options.length]?.id;
    if (value !== undefined) answers[q.id] = value;
  });
  return encodeShareCode(bank, { form: 'full', answers });
}

/** A compare code of two different full, varied answer sets with two names, as a shared comparison. */
export function sampleCompareCode(): string {
  return encodeCompareCode([sampleShareCode(), sampleShareCode(2)], ['Alex', 'Sam']);
}

/** The URL of a budgets.json path on a server, with any share- or compare-code placeholder filled in. */
export function pageUrl(origin: string, path: string): string {
  return (
    origin +
    path
      .replace(SHARE_CODE_PLACEHOLDER, sampleShareCode())
      .replace(COMPARE_CODE_PLACEHOLDER, sampleCompareCode())
  );
}
