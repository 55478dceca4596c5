import { describeIssues } from '@/lib/bank/describe-issues';

import { TeamCopySchema } from './copy-schema';

/** Every way raw team copy breaks its schema, one line each (e.g. `grid.heading: must not be empty`), or none. */
export function findTeamCopyProblems(raw: unknown): string[] {
  const result = TeamCopySchema.safeParse(raw);
  return result.success ? [] : describeIssues(result.error.issues);
}
