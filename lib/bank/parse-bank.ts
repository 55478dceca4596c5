import { describeIssues } from './describe-issues';
import { BankSchema, type QuestionBank } from './schema';

/** Thrown when question content does not satisfy the bank schema; lists every problem. */
export class BankValidationError extends Error {
  override readonly name = 'BankValidationError';
  constructor(readonly problems: string[]) {
    super(`The question bank is invalid:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  }
}

/** Validates raw bank data, throwing a {@link BankValidationError} that lists every problem. */
export function parseBank(raw: unknown): QuestionBank {
  const result = BankSchema.safeParse(raw);
  if (!result.success) throw new BankValidationError(describeIssues(result.error.issues));
  return result.data;
}
