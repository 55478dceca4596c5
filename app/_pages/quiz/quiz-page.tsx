import type { Metadata } from 'next';

import { PageWordsFor } from '@/app/_shared/page-words-for';
import { loadSiteWords } from '@/lib/i18n/load-site-words';
import { loadCurrentBank } from '@/lib/i18n/load-translated-bank';
import type { Locale } from '@/lib/i18n/locales';
import { buildQuizContent } from '@/lib/quiz/quiz-content';

import { Quiz } from './quiz';

/** The quiz page's title and description in a language. */
export function quizMetadata(locale: Locale): Metadata {
  return loadSiteWords(locale).quizPage;
}

/** The quiz in a language. */
export function QuizPage({ locale }: { locale: Locale }) {
  return (
    <PageWordsFor locale={locale} names={['quiz', 'common', 'decoders']}>
      <Quiz content={buildQuizContent(loadSiteWords(locale), loadCurrentBank(locale))} />
    </PageWordsFor>
  );
}
