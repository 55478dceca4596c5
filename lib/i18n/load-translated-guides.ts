import type { QuestionBank } from '@/lib/bank/schema';
import { parsePairing } from '@/lib/compare/load-pairing';
import type { PairingContent } from '@/lib/compare/schema';
import { parseGuide } from '@/lib/guide/load-guide';
import type { RoleGuide } from '@/lib/guide/schema';
import pairing from '@/questions/pairing.json' with { type: 'json' };
import roleGuide from '@/questions/role-guide.json' with { type: 'json' };

import type { Locale } from './locales';
import { translateContent } from './read-translation';

const guides = new Map<Locale, RoleGuide>();
const pairings = new Map<string, PairingContent>();

/** The role guide in a language, validated once (for the build and tests). */
export function loadTranslatedGuide(locale: Locale): RoleGuide {
  let guide = guides.get(locale);
  if (!guide) {
    guide = parseGuide(translateContent(locale, 'role-guide.json', roleGuide));
    guides.set(locale, guide);
  }
  return guide;
}

/** The pairing content in a language, validated against `bank`'s tensions once per version. */
export function loadTranslatedPairing(
  bank: Pick<QuestionBank, 'tensions' | 'version'>,
  locale: Locale,
): PairingContent {
  const key = `${bank.version}:${locale}`;
  let content = pairings.get(key);
  if (!content) {
    content = parsePairing(translateContent(locale, 'pairing.json', pairing), bank);
    pairings.set(key, content);
  }
  return content;
}
