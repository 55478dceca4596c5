import type { LeanRole } from '@/lib/scoring/profile';

/** Short role names for labels. */
export const ROLE_LABEL = { cto: 'CTO', cpo: 'CPO' } as const;

/** The role a profile is measured against, for use in a sentence: "the CTO role", "both roles". */
export function describeTarget(target: LeanRole): string {
  return target === 'balanced' ? 'both roles' : `the ${ROLE_LABEL[target]} role`;
}
