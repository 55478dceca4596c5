import { loadBank } from '@/lib/bank/load-bank';
import { planSteps } from '@/lib/quiz/build-steps';
import { countReviewed, reviewAnswers } from '@/lib/report/review-answers';
import { tinyBank } from '@/tests/fixtures/tiny-bank';
import { loadSiteWords } from '@/lib/i18n/load-site-words';

const TITLES = loadSiteWords('en').quiz.step.titles;

describe('reviewAnswers', () => {
  it('groups questions by quiz step, numbered as the quiz numbers them', () => {
    const groups = reviewAnswers(TITLES, tinyBank, 'full', { 'tech-01': 5, 'speed-1': 'joint' });
    expect(groups.map((g) => g.stepIndex)).toEqual(planSteps(tinyBank, 'full').map((_, i) => i));
    const all = groups.flatMap((g) => g.answers);
    expect(all.map((a) => a.number)).toEqual(all.map((_, i) => i + 1));
    expect(all.find((a) => a.id === 'tech-01')!.answer).toBe('Strongly agree');
    expect(all.find((a) => a.id === 'speed-1')).toMatchObject({
      answer: 'The joint move.',
      prompt: 'What do you do first?',
    });
    expect(all.find((a) => a.id === 'tech-02')!.answer).toBeNull();
  });

  it('covers every question of the real bank’s full form once, and each of the short form’s', () => {
    const bank = loadBank();
    const full = countReviewed(reviewAnswers(TITLES, bank, 'full', {}));
    const short = reviewAnswers(TITLES, bank, 'short', {}).flatMap((g) =>
      g.answers.map((a) => a.id),
    );
    expect(full).toEqual({ answered: 0, total: bank.questions.length });
    const shortForm = bank.questions.filter((q) => q.inShortForm).map((q) => q.id);
    expect([...short].sort()).toEqual([...shortForm].sort());
  });

  it('titles the groups in the words it is given, as the quiz titles its steps', () => {
    const spanish = loadSiteWords('es').quiz.step.titles;
    const english = reviewAnswers(TITLES, tinyBank, 'full', {});
    const translated = reviewAnswers(spanish, tinyBank, 'full', {});
    expect(translated.map((g) => g.id)).toEqual(english.map((g) => g.id));
    expect(translated.map((g) => g.title)).not.toEqual(english.map((g) => g.title));
    expect(translated.at(-1)?.title).toContain(spanish.scenarios);
  });
});
