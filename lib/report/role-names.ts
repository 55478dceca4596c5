import type { Form } from '@/lib/answers/schema';
import type { LeanRole } from '@/lib/scoring/profile';

import { COMMON_COPY } from './copy/common-copy';

/** Short role names for labels. */
export const ROLE_LABEL = COMMON_COPY.roles;

/** The role a profile is measured against, for use in a sentence: "the CTO role", "both roles". */
export function describeTarget(target: LeanRole): string {
  return COMMON_COPY.targets[target];
}

/** A form's names: "full form" in a sentence, "Full form" as a title, "full" before "form". */
export function formNames(form: Form): { name: string; title: string; word: string } {
  return COMMON_COPY.forms[form];
}
