import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import type { z } from 'zod';

import { PairingContentSchema } from '@/lib/compare/schema';
import { RoleGuideSchema } from '@/lib/guide/schema';
import { LOCALES } from '@/lib/i18n/locales';
import { QUESTIONS_DIR, translateContent } from '@/lib/i18n/read-translation';
import { SITE_COPY_FILES } from '@/lib/i18n/site-copy-files';

// Every copy file, in every language, is what its schema asks for: a translation that broke a
// template's placeholders or emptied a text fails here as it would fail in English. The pages'
// copy files come from the table the pages load them by; the guide and the pairing content have
// loaders of their own.

const COPY: readonly [path: string, schema: z.ZodType][] = [
  ...Object.values(SITE_COPY_FILES).map(({ path, schema }): [string, z.ZodType] => [path, schema]),
  ['pairing.json', PairingContentSchema],
  ['role-guide.json', RoleGuideSchema],
];

const cases = LOCALES.flatMap((locale) =>
  COPY.map(([path, schema]) => [locale, path, schema] as const),
);

describe.each(cases)('in %s, %s', (locale, path, schema) => {
  it('is valid as its schema reads it', () => {
    const english: unknown = JSON.parse(readFileSync(join(QUESTIONS_DIR, path), 'utf8'));
    const result = schema.safeParse(translateContent(locale, path, english));
    expect(
      result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`),
    ).toEqual([]);
  });
});
