import type { AnswerValue } from '@/lib/answers/schema';
import { loadBank } from '@/lib/bank/load-bank';
import { encodeCompareCode } from '@/lib/codecs/compare-code';
import { encodeShareCode } from '@/lib/codecs/share-code';
import { encodeTeamCode } from '@/lib/codecs/team-code';

/** Where a budgets.json path wants a share code: `/results#{share-code}`. */
export const SHARE_CODE_PLACEHOLDER = '{share-code}';
/** Where a budgets.json path wants a compare code: `/compare#{compare-code}`. */
export const COMPARE_CODE_PLACEHOLDER = '{compare-code}';
/** Where a budgets.json path wants a team code: `/team#{team-code}`. */
export const TEAM_CODE_PLACEHOLDER = '{team-code}';

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

/** A team code of four different full, varied answer sets with names, as a shared team map. */
export function sampleTeamCode(): string {
  return encodeTeamCode(
    ['Alex', 'Sam', 'Kim', 'Lee'].map((name, shift) => ({ code: sampleShareCode(shift), name })),
  );
}

/** The URL of a budgets.json path on a server, with any share-, compare- or team-code placeholder filled in. */
export function pageUrl(origin: string, path: string): string {
  return (
    origin +
    path
      .replace(SHARE_CODE_PLACEHOLDER, sampleShareCode())
      .replace(COMPARE_CODE_PLACEHOLDER, sampleCompareCode())
      .replace(TEAM_CODE_PLACEHOLDER, sampleTeamCode())
  );
}
