import { QuizPage, quizMetadata } from '@/app/_pages/quiz/quiz-page';

export const metadata = quizMetadata('en');

export default function Page() {
  return <QuizPage locale="en" />;
}
