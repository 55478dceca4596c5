import { describeIssues } from '@/lib/bank/describe-issues';

import { CompareCopySchema } from './copy-schema';

/**
 * Every way raw comparison copy breaks its schema, one line each (e.g. `fits.heading: must not
 * be empty`), or none. The pages and the exports read the copy in a language, whose shape the
 * compiler checks; this is what checks its texts and placeholders, in a test and in review.
 */
export function findCompareCopyProblems(raw: unknown): string[] {
  const result = CompareCopySchema.safeParse(raw);
  return result.success ? [] : describeIssues(result.error.issues);
}
