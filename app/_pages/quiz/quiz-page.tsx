import type { Metadata } from 'next';

import { PageWordsProvider } from '@/app/_shared/page-words';
import { loadSiteWords, pickWords } from '@/lib/i18n/load-site-words';
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
  const words = loadSiteWords(locale);
  return (
    <PageWordsProvider words={pickWords(words, ['quiz', 'common', 'decoders'])}>
      <Quiz content={buildQuizContent(words, loadCurrentBank(locale))} />
    </PageWordsProvider>
  );
}
