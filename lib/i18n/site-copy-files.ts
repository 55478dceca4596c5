import type { z } from 'zod';

import { DECODER_COPY } from '@/lib/codecs/decoder-copy';
import { DecoderCopySchema } from '@/lib/codecs/decoder-copy-schema';
import { COMPARE_COPY } from '@/lib/compare/compare-copy';
import { CompareCopySchema } from '@/lib/compare/copy-schema';
import { CHANGE_ANSWERS_COPY } from '@/lib/quiz/change-answers-copy';
import { QUIZ_COPY } from '@/lib/quiz/quiz-copy';
import {
  ChangeAnswersCopySchema,
  QuizCopySchema,
  QuizPageCopySchema,
} from '@/lib/quiz/quiz-copy-schema';
import { QUIZ_PAGE_COPY } from '@/lib/quiz/quiz-page-copy';
import { COMMON_COPY } from '@/lib/report/copy/common-copy';
import { CommonCopySchema } from '@/lib/report/copy/common-schema';
import { HISTORY_COPY } from '@/lib/report/copy/history-copy';
import { HistoryCopySchema } from '@/lib/report/copy/history-schema';
import { RESULT_COPY } from '@/lib/report/copy/result-copy';
import { ResultCopySchema } from '@/lib/report/copy/result-schema';
import { ScoringCopySchema } from '@/lib/scoring/copy-schema';
import { SCORING_COPY } from '@/lib/scoring/scoring-copy';
import { CHROME_COPY } from '@/lib/site/copy/chrome-copy';
import { ChromeCopySchema } from '@/lib/site/copy/chrome-schema';
import { HOME_COPY } from '@/lib/site/copy/home-copy';
import { HomeCopySchema } from '@/lib/site/copy/home-schema';
import { ROLES_COPY } from '@/lib/site/copy/roles-copy';
import { RolesCopySchema } from '@/lib/site/copy/roles-schema';
import { TEAM_COPY } from '@/lib/team/team-copy';
import { TeamCopySchema } from '@/lib/team/copy-schema';
import { VersionsCopySchema } from '@/lib/versions/copy-schema';
import { VERSIONS_COPY } from '@/lib/versions/versions-copy';

/** One copy file: where it is in `questions/`, its schema and its English words. */
export interface CopyFile<Schema extends z.ZodType> {
  readonly path: string;
  readonly schema: Schema;
  readonly english: z.infer<Schema>;
}

function copyFile<Schema extends z.ZodType>(
  path: string,
  schema: Schema,
  english: z.infer<Schema>,
): CopyFile<Schema> {
  return { path, schema, english };
}

/**
 * Every copy file a page reads, by the name the pages know it by. A new copy file is one line
 * here; the translation tests read this table, so it cannot ship untranslated.
 */
export const SITE_COPY_FILES = {
  chrome: copyFile('site/chrome.json', ChromeCopySchema, CHROME_COPY),
  home: copyFile('site/home.json', HomeCopySchema, HOME_COPY),
  roles: copyFile('site/roles.json', RolesCopySchema, ROLES_COPY),
  quiz: copyFile('site/quiz.json', QuizCopySchema, QUIZ_COPY),
  quizPage: copyFile('site/quiz-page.json', QuizPageCopySchema, QUIZ_PAGE_COPY),
  changeAnswers: copyFile('site/change-answers.json', ChangeAnswersCopySchema, CHANGE_ANSWERS_COPY),
  common: copyFile('report-copy/common.json', CommonCopySchema, COMMON_COPY),
  result: copyFile('report-copy/result.json', ResultCopySchema, RESULT_COPY),
  history: copyFile('report-copy/history.json', HistoryCopySchema, HISTORY_COPY),
  scoring: copyFile('scoring-copy.json', ScoringCopySchema, SCORING_COPY),
  versions: copyFile('versions-copy.json', VersionsCopySchema, VERSIONS_COPY),
  compare: copyFile('compare-copy.json', CompareCopySchema, COMPARE_COPY),
  team: copyFile('team-copy.json', TeamCopySchema, TEAM_COPY),
  decoders: copyFile('decoder-copy.json', DecoderCopySchema, DECODER_COPY),
} as const;

/** Every page's words in one language, by copy file. */
export type SiteWords = {
  readonly [Name in keyof typeof SITE_COPY_FILES]: (typeof SITE_COPY_FILES)[Name]['english'];
};

/** The name of one copy file a page can ask for. */
export type CopyName = keyof SiteWords;
