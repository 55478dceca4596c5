import type { Form } from '@/lib/answers/schema';
import type { QuestionBank } from '@/lib/bank/schema';

/** One page of the quiz: a few questions of one kind under a title. */
export interface QuizStep {
  readonly id: string;
  readonly title: string;
  readonly kind: 'likert' | 'choice';
  readonly questionIds: readonly string[];
}

const AREA_TITLES = {
  cto: 'Technology',
  cpo: 'Product and customers',
  shared: 'Leading and deciding',
} as const;

/** At most this many statements share a step of the short form. */
export const SHORT_FORM_STATEMENTS_PER_STEP = 5;
/** Scenarios per step: they take longer to read than statements. */
export const SCENARIOS_PER_STEP = 2;

/**
 * Splits a form into steps. The full form gives each competency a step of its own; the short form
 * groups statements by area (technology, product, shared) in steps of at most five. Scenario
 * steps are spread evenly between statement steps so that no stretch of the quiz is all one kind.
 */
export function buildSteps(bank: QuestionBank, form: Form): QuizStep[] {
  const inForm = bank.questions.filter((q) => form === 'full' || q.inShortForm);
  const statementSteps =
    form === 'full' ? stepsPerCompetency(bank, inForm) : stepsPerArea(bank, inForm);
  const scenarios = inForm.filter((q) => q.type === 'choice');
  const scenarioSteps = chunk(scenarios, SCENARIOS_PER_STEP).map((group, i, all) => ({
    id: `scenarios-${i + 1}`,
    title: all.length > 1 ? `What would you do? (${i + 1} of ${all.length})` : 'What would you do?',
    kind: 'choice' as const,
    questionIds: group.map((q) => q.id),
  }));
  return interleave(statementSteps, scenarioSteps);
}

type FormQuestion = QuestionBank['questions'][number];

function stepsPerCompetency(bank: QuestionBank, inForm: readonly FormQuestion[]): QuizStep[] {
  return bank.competencies.flatMap((competency) => {
    const ids = inForm
      .filter((q) => q.type === 'likert' && q.competency === competency.id)
      .map((q) => q.id);
    return ids.length === 0
      ? []
      : [{ id: competency.id, title: competency.name, kind: 'likert' as const, questionIds: ids }];
  });
}

function stepsPerArea(bank: QuestionBank, inForm: readonly FormQuestion[]): QuizStep[] {
  const sideOf = new Map(bank.competencies.map((c) => [c.id, c.side]));
  return (['cto', 'cpo', 'shared'] as const).flatMap((side) => {
    const ids = inForm
      .filter((q) => q.type === 'likert' && sideOf.get(q.competency) === side)
      .map((q) => q.id);
    const parts = chunk(
      ids,
      Math.ceil(ids.length / Math.ceil(ids.length / SHORT_FORM_STATEMENTS_PER_STEP)),
    );
    return parts.map((questionIds, i) => ({
      id: `${side}-${i + 1}`,
      title:
        parts.length > 1
          ? `${AREA_TITLES[side]}, part ${i + 1} of ${parts.length}`
          : AREA_TITLES[side],
      kind: 'likert' as const,
      questionIds,
    }));
  });
}

function chunk<T>(items: readonly T[], size: number): T[][] {
  const chunks: T[][] = [];
  for (let i = 0; i < items.length; i += Math.max(1, size)) chunks.push(items.slice(i, i + size));
  return chunks;
}

/** Places each of `extra` after an even share of `main`, ending on the last extra step. */
function interleave(main: readonly QuizStep[], extra: readonly QuizStep[]): QuizStep[] {
  if (extra.length === 0) return [...main];
  const result: QuizStep[] = [];
  let next = 0;
  main.forEach((step, i) => {
    result.push(step);
    const due = Math.floor(((i + 1) * extra.length) / main.length);
    while (next < due) result.push(extra[next++] as QuizStep);
  });
  while (next < extra.length) result.push(extra[next++] as QuizStep);
  return result;
}
