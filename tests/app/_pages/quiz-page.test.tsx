/** @vitest-environment jsdom */
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';

import { LocaleProvider } from '@/app/_shared/locale-context';
import { PageWordsProvider } from '@/app/_shared/page-words';
import { PROGRESS_KEY } from '@/app/_shared/progress-storage';
import { QuizPage } from '@/app/_pages/quiz/quiz-page';
import { StorageWarning } from '@/app/_pages/quiz/storage-warning';
import { encodeSavedProgress } from '@/lib/codecs/saved-progress-format';
import { fillTemplate } from '@/lib/copy/fill-template';
import { loadCurrentBank } from '@/lib/i18n/load-translated-bank';
import { loadSiteWords } from '@/lib/i18n/load-site-words';
import type { Locale } from '@/lib/i18n/locales';
import { englishIn } from '@/tests/support/english-sentences';

const push = vi.hoisted(() => vi.fn());
vi.mock('next/navigation', () => ({ useRouter: () => ({ push }) }));

const bank = loadCurrentBank('es');
const es = loadSiteWords('es');
const stamp = { id: bank.id, version: bank.version };
const shortIds = bank.questions.filter((q) => q.inShortForm).map((q) => q.id);

function renderQuiz(locale: Locale) {
  return render(
    <LocaleProvider locale={locale}>
      <QuizPage locale={locale} />
    </LocaleProvider>,
  );
}

/** The English sentences on the page as it stands. */
const englishOnPage = () => englishIn(document.body.textContent ?? '', 'es');

beforeEach(() => {
  localStorage.clear();
  push.mockClear();
});

describe('the quiz page in Spanish', () => {
  it('takes the short form from the start to the results without an English sentence', async () => {
    renderQuiz('es');
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(es.quiz.start.title);
    expect(englishOnPage()).toEqual([]);

    const start = fillTemplate(es.quiz.forms.start, { form: es.common.forms.short.name });
    fireEvent.click(screen.getByRole('button', { name: start }));
    fireEvent.click(await screen.findByRole('button', { name: es.quiz.step.next }));
    const summary = await screen.findByRole('alert');
    expect(summary.textContent).toContain(es.quiz.step.required.likert);
    expect(englishOnPage()).toEqual([]);

    // Each step: pick the first option of every question, then go on.
    for (;;) {
      for (const question of document.querySelectorAll('fieldset')) {
        fireEvent.click(within(question).getAllByRole('radio')[0]!);
      }
      expect(englishOnPage()).toEqual([]);
      const toReview = screen.queryByRole('button', { name: es.quiz.step.toReview });
      const heading = screen.getByRole('heading', { level: 1 }).textContent;
      fireEvent.click(toReview ?? screen.getByRole('button', { name: es.quiz.step.next }));
      if (toReview) break;
      await waitFor(() =>
        expect(screen.getByRole('heading', { level: 1 }).textContent).not.toBe(heading),
      );
    }

    await screen.findByRole('heading', { level: 1, name: es.quiz.review.title });
    expect(englishOnPage()).toEqual([]);
    fireEvent.click(screen.getAllByRole('button', { name: es.quiz.review.finish })[0]!);
    expect(push).toHaveBeenCalledWith('/es/results');
  });

  it('offers saved progress, and asks before starting over, in Spanish', async () => {
    const answers = { [shortIds[0]!]: 4 };
    localStorage.setItem(
      PROGRESS_KEY,
      encodeSavedProgress(stamp, { form: 'short', answers, step: 0, finished: false }),
    );
    renderQuiz('es');
    await screen.findByRole('heading', { level: 1, name: es.quiz.start.welcomeBack });
    expect(englishOnPage()).toEqual([]);
    fireEvent.click(screen.getByRole('button', { name: es.quiz.saved.startOver }));
    screen.getByRole('button', { name: es.quiz.saved.clearAndStartOver });
    expect(englishOnPage()).toEqual([]);
  });

  it('offers to carry over answers saved with an earlier version, in Spanish', async () => {
    const older = { ...stamp, version: stamp.version - 1 };
    const answers = { [shortIds[0]!]: 4, gone: 2 };
    localStorage.setItem(
      PROGRESS_KEY,
      encodeSavedProgress(older, { form: 'short', answers, step: 0, finished: true }),
    );
    renderQuiz('es');
    await screen.findByRole('heading', { name: es.quiz.carryOver.finishedTitle });
    expect(screen.getByText(es.quiz.carryOver.resultStays)).toBeInTheDocument();
    expect(englishOnPage()).toEqual([]);
    fireEvent.click(screen.getByRole('button', { name: es.quiz.carryOver.startFresh }));
    await screen.findByText(es.quiz.restore.declined);
    expect(screen.getByRole('button', { name: es.quiz.restore.download })).toBeInTheDocument();
    expect(englishOnPage()).toEqual([]);
  });

  it('says in Spanish that answers left out were kept aside', async () => {
    const answers = { [shortIds[0]!]: 4, gone: 2 };
    localStorage.setItem(
      PROGRESS_KEY,
      encodeSavedProgress(stamp, { form: 'short', answers, step: 0, finished: false }),
    );
    renderQuiz('es');
    await screen.findByText(es.quiz.restore.keptAside);
    expect(englishOnPage()).toEqual([]);
  });

  it('warns in Spanish that answers are not being saved', () => {
    render(
      <PageWordsProvider words={es}>
        <StorageWarning when="answering" />
        <StorageWarning when="review" />
      </PageWordsProvider>,
    );
    expect(screen.getByText(es.quiz.storage.answering)).toBeInTheDocument();
    expect(englishOnPage()).toEqual([]);
  });
});

describe('the quiz page in English', () => {
  it('finishes on the results page at its first URL', async () => {
    localStorage.setItem(
      PROGRESS_KEY,
      encodeSavedProgress(stamp, {
        form: 'short',
        answers: Object.fromEntries(shortIds.map((id) => [id, 3])),
        step: 0,
        finished: true,
      }),
    );
    renderQuiz('en');
    fireEvent.click(await screen.findByRole('button', { name: 'See your results' }));
    expect(push).toHaveBeenCalledWith('/results');
  });
});
