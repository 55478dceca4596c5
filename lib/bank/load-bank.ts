import { CURRENT_VERSION } from '@/lib/versions/released-versions';

import { parseBank } from './parse-bank';
import type { QuestionBank } from './schema';
import { bankContent as version1 } from './versions/v1';
import { bankContent as version2 } from './versions/v2';

export { BankValidationError } from './parse-bank';

/**
 * Every released bank version, frozen: a result answered with any of them is scored by its own
 * version for ever. A new version is a new folder in `questions/versions/` and one line here.
 */
const RELEASED: Readonly<Record<number, unknown>> = { 1: version1, 2: version2 };

/** The version new quizzes are taken with (declared once, in `lib/versions/`). */
export const CURRENT_BANK_VERSION = CURRENT_VERSION;

/** The versions a result can have been answered with, oldest first. */
export const RELEASED_BANK_VERSIONS: readonly number[] = Object.keys(RELEASED)
  .map(Number)
  .sort((a, b) => a - b);

/** Assembles the current bank from its content files, without validating it. */
export function readBankContent(version = CURRENT_BANK_VERSION): unknown {
  return RELEASED[version];
}

const loaded = new Map<number, QuestionBank>();

/** A released bank version, validated once on first use; null for a version never released. */
export function loadBankVersion(version: number): QuestionBank | null {
  const content = RELEASED[version];
  if (content === undefined) return null;
  let bank = loaded.get(version);
  if (!bank) {
    bank = parseBank(content);
    loaded.set(version, bank);
  }
  return bank;
}

/** The validated current question bank; validated once, on first use. */
export function loadBank(): QuestionBank {
  const bank = loadBankVersion(CURRENT_BANK_VERSION);
  if (!bank) throw new Error(`bank version ${CURRENT_BANK_VERSION} is not released`);
  return bank;
}
