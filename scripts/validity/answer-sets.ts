import type { Answers, Form } from '@/lib/answers/schema';
import type { QuestionBank } from '@/lib/bank/schema';

/** The form's statement ids in the order the quiz presents them (`bank.order`, else bank order). */
export function statementsInOrder(bank: QuestionBank, form: Form): string[] {
  const inForm = bank.questions.filter(
    (q) => q.type === 'likert' && (form === 'full' || q.inShortForm),
  );
  const listed = bank.order?.[form] ?? [];
  const ids = new Set(inForm.map((q) => q.id));
  const ordered = listed.filter((id) => ids.has(id));
  const seen = new Set(ordered);
  return [...ordered, ...inForm.map((q) => q.id).filter((id) => !seen.has(id))];
}

function scenariosOf(bank: QuestionBank, form: Form) {
  return bank.questions.flatMap((q) =>
    q.type === 'choice' && (form === 'full' || q.inShortForm) ? [q] : [],
  );
}

/** A complete answer set of uniformly random answers, statements and scenarios alike. */
export function randomAnswers(bank: QuestionBank, form: Form, random: () => number): Answers {
  const answers: Record<string, number | string> = {};
  for (const id of statementsInOrder(bank, form)) answers[id] = 1 + Math.floor(random() * 5);
  for (const scenario of scenariosOf(bank, form)) {
    const option = scenario.options[Math.floor(random() * scenario.options.length)];
    if (option) answers[scenario.id] = option.id;
  }
  return answers;
}

/**
 * A complete answer set that repeats a pattern (e.g. 1, 5) over the statements in presentation
 * order; scenario k takes option (pattern[k] − 1) modulo the number of options.
 */
export function cyclicAnswers(bank: QuestionBank, form: Form, pattern: readonly number[]): Answers {
  const answers: Record<string, number | string> = {};
  statementsInOrder(bank, form).forEach((id, i) => {
    answers[id] = pattern[i % pattern.length] ?? 3;
  });
  scenariosOf(bank, form).forEach((scenario, k) => {
    const value = pattern[k % pattern.length] ?? 1;
    const option = scenario.options[(value - 1) % scenario.options.length];
    if (option) answers[scenario.id] = option.id;
  });
  return answers;
}

/** Every statement of the form answered alike; scenarios left unanswered. */
export function oneNoteAnswers(bank: QuestionBank, form: Form, value: number): Answers {
  return Object.fromEntries(statementsInOrder(bank, form).map((id) => [id, value]));
}

/** How a simulated consistent person answers, in scale steps. */
export interface PersonModel {
  /** Spread of the person's true level across competencies. */
  readonly spread: number;
  /** Each answer's own wobble around the true level. */
  readonly noise: number;
  /** The largest general tendency to agree (+) or disagree (−), drawn per person. */
  readonly tendency: number;
}

/** A standard normal draw (Box–Muller). */
function normal(random: () => number): number {
  return Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
}

/**
 * A complete answer set of a simulated honest person: a true level per competency, each
 * statement answered from it (mirrored for reverse statements) with a general tendency to agree
 * and some wobble, rounded to the scale; scenarios at random.
 */
export function consistentAnswers(
  bank: QuestionBank,
  form: Form,
  random: () => number,
  model: PersonModel,
): Answers {
  const level = new Map(bank.competencies.map((c) => [c.id, 3 + model.spread * normal(random)]));
  const tendency = (2 * random() - 1) * model.tendency;
  const answers: Record<string, number | string> = {};
  for (const question of bank.questions) {
    if (form === 'short' && !question.inShortForm) continue;
    if (question.type === 'likert') {
      const own = level.get(question.competency) ?? 3;
      const meant = question.keyed === 'reverse' ? 6 - own : own;
      const answer = Math.round(meant + tendency + model.noise * normal(random));
      answers[question.id] = Math.min(5, Math.max(1, answer));
    } else {
      const option = question.options[Math.floor(random() * question.options.length)];
      if (option) answers[question.id] = option.id;
    }
  }
  return answers;
}
