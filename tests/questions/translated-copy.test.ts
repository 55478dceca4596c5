import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import type { z } from 'zod';

import { DecoderCopySchema } from '@/lib/codecs/decoder-copy-schema';
import { CompareCopySchema } from '@/lib/compare/copy-schema';
import { PairingContentSchema } from '@/lib/compare/schema';
import { RoleGuideSchema } from '@/lib/guide/schema';
import { LOCALES } from '@/lib/i18n/locales';
import {
  ChangeAnswersCopySchema,
  QuizCopySchema,
  QuizPageCopySchema,
} from '@/lib/quiz/quiz-copy-schema';
import { QUESTIONS_DIR, translateContent } from '@/lib/i18n/read-translation';
import { CommonCopySchema } from '@/lib/report/copy/common-schema';
import { HistoryCopySchema } from '@/lib/report/copy/history-schema';
import { ResultCopySchema } from '@/lib/report/copy/result-schema';
import { ScoringCopySchema } from '@/lib/scoring/copy-schema';
import { ChromeCopySchema } from '@/lib/site/copy/chrome-schema';
import { HomeCopySchema } from '@/lib/site/copy/home-schema';
import { RolesCopySchema } from '@/lib/site/copy/roles-schema';
import { TeamCopySchema } from '@/lib/team/copy-schema';
import { VersionsCopySchema } from '@/lib/versions/copy-schema';

// Every copy file, in every language, is what its schema asks for: a translation that broke a
// template's placeholders or emptied a text fails here as it would fail in English.

const COPY: readonly [path: string, schema: z.ZodType][] = [
  ['report-copy/common.json', CommonCopySchema],
  ['report-copy/result.json', ResultCopySchema],
  ['report-copy/history.json', HistoryCopySchema],
  ['scoring-copy.json', ScoringCopySchema],
  ['versions-copy.json', VersionsCopySchema],
  ['compare-copy.json', CompareCopySchema],
  ['team-copy.json', TeamCopySchema],
  ['decoder-copy.json', DecoderCopySchema],
  ['pairing.json', PairingContentSchema],
  ['role-guide.json', RoleGuideSchema],
  ['site/chrome.json', ChromeCopySchema],
  ['site/home.json', HomeCopySchema],
  ['site/roles.json', RolesCopySchema],
  ['site/quiz.json', QuizCopySchema],
  ['site/quiz-page.json', QuizPageCopySchema],
  ['site/change-answers.json', ChangeAnswersCopySchema],
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
