import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import type { Answers, Form } from '@/lib/answers/schema';
import { loadBankVersion } from '@/lib/bank/load-bank';
import type { QuestionBank } from '@/lib/bank/schema';

/** The released bank of version 1, which scores results taken with it. */
export const v1Bank = loadBankVersion(1) as QuestionBank;

/** An answer set made by the released code of bank version 1 (see tests/fixtures/v1/README.md). */
export function v1AnswerSet(name: 'data-engineer' | 'platform-cto' | 'product-lead-short'): {
  form: Form;
  answers: Answers;
} {
  const path = join(__dirname, '../../fixtures/v1', `answers-${name}.json`);
  return JSON.parse(readFileSync(path, 'utf8')) as { form: Form; answers: Answers };
}
