import { applyTexts, type TextMap } from '@/lib/i18n/text-paths';

import { assembleBank, translateBankFiles, type BankFiles } from '../bank-files';

/**
 * A released bank version's words in one language: the translation of each of its files
 * (decision 027), by the path of the English file in `questions/`. Imported by the browser, one
 * language and version at a time, when a result of an earlier version is opened on a page in
 * that language.
 */
export type BankTexts = Readonly<Record<string, TextMap>>;

/**
 * A version's files with their words put in from `texts`, assembled but not yet validated: the
 * browser's counterpart of `loadTranslatedBank`, which reads the same maps from disk.
 */
export function translateBank(files: BankFiles, texts: BankTexts): unknown {
  return assembleBank(
    translateBankFiles(files, (path, content) => {
      const translation = texts[path];
      if (translation === undefined) throw new Error(`No translation of ${path}`);
      return applyTexts(content, translation);
    }),
  );
}
