import { loadBank } from '@/lib/bank/load-bank';
import { planSteps } from '@/lib/quiz/build-steps';
import { countReviewed, reviewAnswers } from '@/lib/report/review-answers';
import { tinyBank } from '@/tests/fixtures/tiny-bank';

describe('reviewAnswers', () => {
  it('groups questions by quiz step, numbered as the quiz numbers them', () => {
    const groups = reviewAnswers(tinyBank, 'full', { 'tech-01': 5, 'speed-1': 'joint' });
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
    const full = countReviewed(reviewAnswers(bank, 'full', {}));
    const short = reviewAnswers(bank, 'short', {}).flatMap((g) => g.answers.map((a) => a.id));
    expect(full).toEqual({ answered: 0, total: bank.questions.length });
    const shortForm = bank.questions.filter((q) => q.inShortForm).map((q) => q.id);
    expect([...short].sort()).toEqual([...shortForm].sort());
  });
});
