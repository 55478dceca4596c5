import type { Form } from '@/lib/answers/schema';
import type { QuestionBank } from '@/lib/bank/schema';
import { fillPlural, fillTemplate } from '@/lib/copy/fill-template';

import type { StepTitles } from './quiz-words';

/** One page of the quiz: a few questions of one kind under a neutral title. */
export interface QuizStep {
  readonly id: string;
  readonly title: string;
  readonly kind: 'likert' | 'choice';
  readonly questionIds: readonly string[];
}

/** Statements per step, in both forms. */
export const STATEMENTS_PER_STEP = 4;
/** Scenarios per step: they take longer to read than statements. */
export const SCENARIOS_PER_STEP = 2;

/** A step before it has a title: what `planSteps` decides without any words. */
export type PlannedStep = Omit<QuizStep, 'title'> & {
  /** The numbers its title counts with. */
  readonly count:
    | { readonly first: number; readonly last: number; readonly total: number }
    | { readonly index: number; readonly of: number };
};

/**
 * Splits a form into steps, titled in `titles`' language. Statements come in the bank's
 * presentation order for the form (bank order when it has none), four to a step; scenario steps
 * are spread evenly between them so that no stretch of the quiz is all one kind. Titles only count ("Statements 5–8 of 32"): naming a
 * competency or tension while answering would tell people which answers lead where.
 */
export function buildSteps(titles: StepTitles, bank: QuestionBank, form: Form): QuizStep[] {
  return planSteps(bank, form).map(({ count, ...step }) => ({
    ...step,
    title:
      'total' in count
        ? fillPlural(titles.statements, step.questionIds.length, count)
        : count.of > 1
          ? fillTemplate(titles.scenariosOf, { index: count.index, count: count.of })
          : titles.scenarios,
  }));
}

/**
 * The steps of `buildSteps` without their titles: enough to count or find a step, in any language.
 */
export function planSteps(bank: QuestionBank, form: Form): PlannedStep[] {
  const inForm = bank.questions.filter((q) => form === 'full' || q.inShortForm);
  const statementIds =
    bank.order?.[form] ?? inForm.filter((q) => q.type === 'likert').map((q) => q.id);
  const statementSteps = chunk(statementIds, STATEMENTS_PER_STEP).map((questionIds, i) => {
    const first = i * STATEMENTS_PER_STEP + 1;
    const last = first + questionIds.length - 1;
    return {
      id: `statements-${i + 1}`,
      count: { first, last, total: statementIds.length },
      kind: 'likert' as const,
      questionIds,
    };
  });
  const scenarioSteps = chunk(spreadByTension(inForm), SCENARIOS_PER_STEP).map((ids, i, all) => ({
    id: `scenarios-${i + 1}`,
    count: { index: i + 1, of: all.length },
    kind: 'choice' as const,
    questionIds: ids,
  }));
  return interleave<PlannedStep>(statementSteps, scenarioSteps);
}

type FormQuestion = QuestionBank['questions'][number];

/** Scenario ids with each tension's first scenario before any tension's second, so a step mixes tensions. */
function spreadByTension(inForm: readonly FormQuestion[]): string[] {
  const seen = new Map<string, number>();
  return inForm
    .flatMap((q) => {
      if (q.type !== 'choice') return [];
      const rank = seen.get(q.tension) ?? 0;
      seen.set(q.tension, rank + 1);
      return [{ id: q.id, rank }];
    })
    .sort((a, b) => a.rank - b.rank)
    .map((s) => s.id);
}

function chunk<T>(items: readonly T[], size: number): T[][] {
  const chunks: T[][] = [];
  for (let i = 0; i < items.length; i += Math.max(1, size)) chunks.push(items.slice(i, i + size));
  return chunks;
}

/** Places each of `extra` after an even share of `main`, ending on the last extra step. */
function interleave<Step>(main: readonly Step[], extra: readonly Step[]): Step[] {
  if (extra.length === 0) return [...main];
  const result: Step[] = [];
  let next = 0;
  main.forEach((step, i) => {
    result.push(step);
    const due = Math.floor(((i + 1) * extra.length) / main.length);
    while (next < due) result.push(extra[next++] as Step);
  });
  while (next < extra.length) result.push(extra[next++] as Step);
  return result;
}
