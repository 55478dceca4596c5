import { loadReleasedBank } from '@/app/_shared/released-banks';
import type { Locale } from '@/lib/i18n/locales';
import type { QuestionBank } from '@/lib/bank/schema';
import type { DecoderCopy } from '@/lib/codecs/decoder-copy-schema';
import { readPastedLink } from '@/lib/codecs/pasted-link';
import { decodeShareCode, readShareCodeVersion } from '@/lib/codecs/share-code';
import { lookupOf } from '@/lib/versions/bank-lookup';

/** How a group page (the comparison, the team map) refuses a link it cannot take as one result. */
export interface ResultLinkRules {
  /** Said when the field is empty. */
  readonly missing: string;
  /** Said when the link is a whole group of the page's own kind, not one result. */
  readonly wholeGroup: string;
  readonly isGroupCode: (code: string) => boolean;
}

/**
 * Reads one pasted result link: its share code, or why it cannot be used. A link of an earlier
 * version is read with that version's bank in the page's language, fetched on use. Its problem
 * is said in `words`.
 */
export async function checkResultLink(
  bank: QuestionBank,
  text: string,
  rules: ResultLinkRules,
  words: DecoderCopy,
  locale: Locale,
): Promise<{ code: string } | { error: string }> {
  const code = readPastedLink(text);
  if (code === '') return { error: rules.missing };
  if (rules.isGroupCode(code)) return { error: rules.wholeGroup };
  const version = readShareCodeVersion(code);
  const older =
    version === null || version === bank.version
      ? null
      : await loadReleasedBank(version, locale).catch(() => null);
  const decoded = decodeShareCode(older ? lookupOf(bank, older) : bank, code, words);
  return decoded.ok ? { code } : { error: decoded.error.message };
}
