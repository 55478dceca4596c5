import { QuizPage, quizMetadata } from '@/app/_pages/quiz/quiz-page';
import { localeOf, type LocaleProps } from '@/app/_site/locale-params';

export async function generateMetadata(props: LocaleProps) {
  return quizMetadata(await localeOf(props));
}

export default async function Page(props: LocaleProps) {
  return <QuizPage locale={await localeOf(props)} />;
}
