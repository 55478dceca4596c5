import { describeIssues } from '@/lib/bank/describe-issues';
import type { QuestionBank } from '@/lib/bank/schema';
import pairing from '@/questions/pairing.json' with { type: 'json' };

import { findPairingIssues, PairingContentSchema, type PairingContent } from './schema';

/** Thrown when pairing content does not satisfy its schema or the bank; lists every problem. */
export class PairingValidationError extends Error {
  override readonly name = 'PairingValidationError';
  constructor(readonly problems: string[]) {
    super(`The pairing content is invalid:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  }
}

/** Validates raw pairing content against its schema and the bank's tensions. */
export function parsePairing(raw: unknown, bank: Pick<QuestionBank, 'tensions'>): PairingContent {
  const result = PairingContentSchema.safeParse(raw);
  if (!result.success) throw new PairingValidationError(describeIssues(result.error.issues));
  const issues = findPairingIssues(
    result.data,
    bank.tensions.map((t) => t.id),
  );
  if (issues.length > 0) throw new PairingValidationError(issues);
  return result.data;
}

const loaded = new WeakMap<object, PairingContent>();

/** The validated pairing content from `questions/pairing.json`; validated once per bank, on first use. */
export function loadPairing(bank: Pick<QuestionBank, 'tensions'>): PairingContent {
  let content = loaded.get(bank);
  if (!content) {
    content = parsePairing(pairing, bank);
    loaded.set(bank, content);
  }
  return content;
}
