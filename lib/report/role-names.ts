import type { Form } from '@/lib/answers/schema';
import type { LeanRole } from '@/lib/scoring/profile';

import { COMMON_COPY } from './copy/common-copy';
import type { CommonCopy } from './copy/schema';

/** The role a profile is measured against, for use in a sentence: "the CTO role", "both roles". */
export function describeTarget(common: CommonCopy, target: LeanRole): string {
  return common.targets[target];
}

/**
 * A form's names, in English: the quiz and the home page read them before any result exists.
 * A report reads its own language's `common.forms` instead.
 * "full form" in a sentence, "Full form" as a title, "full" before "form". */
export function formNames(form: Form): { name: string; title: string; word: string } {
  return COMMON_COPY.forms[form];
}
