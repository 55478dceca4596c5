import { describeIssues } from '@/lib/bank/describe-issues';
import roleGuide from '@/questions/role-guide.json' with { type: 'json' };

import { RoleGuideSchema, type RoleGuide } from './schema';

/** Thrown when the role guide content does not satisfy its schema; lists every problem. */
export class GuideValidationError extends Error {
  override readonly name = 'GuideValidationError';
  constructor(readonly problems: string[]) {
    super(
      `The role guide (questions/role-guide.json) is invalid:\n${problems.map((p) => `  - ${p}`).join('\n')}`,
    );
  }
}

/** Validates raw role guide data, throwing a {@link GuideValidationError} that lists every problem. */
export function parseGuide(raw: unknown): RoleGuide {
  const result = RoleGuideSchema.safeParse(raw);
  if (!result.success) throw new GuideValidationError(describeIssues(result.error.issues));
  return result.data;
}

let loaded: RoleGuide | undefined;

/** The validated role guide from `questions/role-guide.json`; validated once, on first use. */
export function loadGuide(): RoleGuide {
  loaded ??= parseGuide(roleGuide);
  return loaded;
}
