import type { BankFiles } from './bank-files';
import { bankFiles as version1 } from './v1';
import { bankFiles as version2 } from './v2';

/**
 * Every released bank version's files, frozen: a result answered with any of them is scored by its
 * own version for ever. A new version is a new folder in `questions/versions/` and one line here.
 */
export const RELEASED_BANK_FILES: Readonly<Record<number, BankFiles>> = {
  1: version1,
  2: version2,
};
