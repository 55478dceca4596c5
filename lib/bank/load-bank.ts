import { CURRENT_VERSION } from '@/lib/versions/released-versions';

import { parseBank } from './parse-bank';
import type { QuestionBank } from './schema';
import { assembleBank } from './versions/bank-files';
import { RELEASED_BANK_FILES } from './versions/released';

export { BankValidationError } from './parse-bank';

/** Every released bank version's content, assembled (lib/bank/versions/released.ts). */
const RELEASED: Readonly<Record<number, unknown>> = Object.fromEntries(
  Object.entries(RELEASED_BANK_FILES).map(([version, files]) => [version, assembleBank(files)]),
);

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
