import type { z } from 'zod';

import { describeIssues } from '@/lib/bank/describe-issues';

/** Thrown when a content file does not satisfy its schema; names the file and lists every problem. */
export class ContentValidationError extends Error {
  override readonly name = 'ContentValidationError';
  constructor(
    readonly file: string,
    readonly problems: string[],
  ) {
    super(`${file} is invalid:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  }
}

/**
 * Validates the raw content of `file` with its schema, throwing a {@link ContentValidationError}
 * that lists every problem, each with where it is (e.g. `result.fits.title: must not be empty`).
 */
export function parseContent<Schema extends z.ZodType>(
  schema: Schema,
  raw: unknown,
  file: string,
): z.infer<Schema> {
  const result = schema.safeParse(raw);
  if (!result.success) throw new ContentValidationError(file, describeIssues(result.error.issues));
  return result.data;
}
