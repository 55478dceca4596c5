import type { AnswerValue, Answers } from '@/lib/answers/schema';
import type { QuestionBank, Scenario } from '@/lib/bank/schema';
import type { ComparedPerson } from '@/lib/codecs/compare-code';

/** The option of a scenario whose position is nearest the target (the first of equals). */
function nearest(q: Scenario, target: number): string {
  return [...q.options].sort(
    (x, y) => Math.abs(x.position - target) - Math.abs(y.position - target),
  )[0]!.id;
}

/**
 * A pair on the real bank: Alex leans CTO and a little technology-first, Sam leans CPO and a
 * little product-first; both push for speed, and Sam left the risk-tolerance scenarios
 * unanswered. Their comparison shows complements, a clash and a tension with too few answers.
 */
export function fixedPair(bank: QuestionBank): [ComparedPerson, ComparedPerson] {
  const first: Record<string, AnswerValue> = {};
  const second: Record<string, AnswerValue> = {};
  bank.questions.forEach((q, i) => {
    if (q.type === 'likert') {
      const side = bank.competencies.find((c) => c.id === q.competency)?.side;
      const [a, b] = side === 'cto' ? [4, 2] : side === 'cpo' ? [2, 4] : [3 + (i % 2), 4];
      first[q.id] = q.keyed === 'reverse' ? 6 - a : a;
      second[q.id] = q.keyed === 'reverse' ? 6 - b : b;
      return;
    }
    const speed = q.tension === 'speed-quality';
    first[q.id] = nearest(q, speed ? -2 : -1);
    if (q.tension !== 'risk-tolerance') second[q.id] = nearest(q, speed ? -2 : 1);
  });
  return [
    { name: 'Alex', form: 'full', answers: first as Answers },
    { name: 'Sam', form: 'full', answers: second as Answers },
  ];
}
