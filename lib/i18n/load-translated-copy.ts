import type { z } from 'zod';

import { COMMON_COPY } from '@/lib/report/copy/common-copy';
import { CommonCopySchema } from '@/lib/report/copy/common-schema';
import { parseContent } from '@/lib/report/copy/parse-content';
import type { ReportWords } from '@/lib/report/copy/report-words';
import { RESULT_COPY } from '@/lib/report/copy/result-copy';
import { ResultCopySchema } from '@/lib/report/copy/result-schema';
import { ScoringCopySchema } from '@/lib/scoring/copy-schema';
import { SCORING_COPY } from '@/lib/scoring/scoring-copy';
import { VersionsCopySchema } from '@/lib/versions/copy-schema';
import { VERSIONS_COPY } from '@/lib/versions/versions-copy';

import type { Locale } from './locales';
import { translateContent } from './read-translation';

const loaded = new Map<Locale, ReportWords>();

/** One part of the copy in `locale`, validated by its schema; throws naming the file. */
function translatePart<Schema extends z.ZodType>(
  locale: Locale,
  contentPath: string,
  schema: Schema,
  english: z.infer<Schema>,
): z.infer<Schema> {
  const file = locale === 'en' ? contentPath : `i18n/${locale}/${contentPath}`;
  return parseContent(schema, translateContent(locale, contentPath, english), `questions/${file}`);
}

/**
 * The words of a result's report in a language, each part validated once by its schema. Reads
 * translations from disk: for the command line and tests (the pages import the English modules).
 */
export function loadTranslatedCopy(locale: Locale): ReportWords {
  let words = loaded.get(locale);
  if (!words) {
    words = {
      common: translatePart(locale, 'report-copy/common.json', CommonCopySchema, COMMON_COPY),
      result: translatePart(locale, 'report-copy/result.json', ResultCopySchema, RESULT_COPY),
      scoring: translatePart(locale, 'scoring-copy.json', ScoringCopySchema, SCORING_COPY),
      versions: translatePart(locale, 'versions-copy.json', VersionsCopySchema, VERSIONS_COPY),
    };
    loaded.set(locale, words);
  }
  return words;
}
