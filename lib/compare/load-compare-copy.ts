import { describeIssues } from '@/lib/bank/describe-issues';

import { COMPARE_COPY } from './compare-copy';
import { CompareCopySchema, type CompareCopy } from './copy-schema';

/** Thrown when the comparison's copy does not satisfy its schema; lists every problem. */
export class CompareCopyValidationError extends Error {
  override readonly name = 'CompareCopyValidationError';
  constructor(readonly problems: string[]) {
    super(
      `The comparison copy (questions/compare-copy.json) is invalid:\n${problems.map((p) => `  - ${p}`).join('\n')}`,
    );
  }
}

/** Validates raw comparison copy, throwing a {@link CompareCopyValidationError} that lists every problem. */
export function parseCompareCopy(raw: unknown): CompareCopy {
  const result = CompareCopySchema.safeParse(raw);
  if (!result.success) throw new CompareCopyValidationError(describeIssues(result.error.issues));
  return result.data;
}

let loaded: CompareCopy | undefined;

/** The comparison copy validated by its schema, once, on first use: for tests and the command line. */
export function loadCompareCopy(): CompareCopy {
  loaded ??= parseCompareCopy(COMPARE_COPY);
  return loaded;
}
