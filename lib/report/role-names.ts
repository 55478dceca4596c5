import type { Form } from '@/lib/answers/schema';
import type { LeanRole } from '@/lib/scoring/profile';

import type { CommonCopy } from './copy/schema';

/** The role a profile is measured against, for use in a sentence: "the CTO role", "both roles". */
export function describeTarget(common: CommonCopy, target: LeanRole): string {
  return common.targets[target];
}

/**
 * A form's names in `common`'s language: "full form" in a sentence, "Full form" as a title, "full"
 * before "form".
 */
export function formNames(
  common: Pick<CommonCopy, 'forms'>,
  form: Form,
): { name: string; title: string; word: string } {
  return common.forms[form];
}
