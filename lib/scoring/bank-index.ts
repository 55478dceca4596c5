import type { Form } from '@/lib/answers/schema';
import type { QuestionBank, ScenarioOption } from '@/lib/bank/schema';

import type { ArchetypeVector } from './match-archetypes';
import type { PerRole } from './profile';

export interface IndexedLikert {
  readonly id: string;
  readonly competency: number;
  readonly reverse: boolean;
}

export interface IndexedScenario {
  readonly id: string;
  readonly tension: number;
  readonly options: ReadonlyMap<string, ScenarioOption>;
}

/** The questions of one form, resolved to positions in the bank's competency and tension lists. */
export interface FormIndex {
  readonly likert: readonly IndexedLikert[];
  readonly scenarios: readonly IndexedScenario[];
  readonly competencyTotals: readonly number[];
  readonly tensionTotals: readonly number[];
  /** Reverse-keyed items and the positive twins they mirror, as [positive id, reverse id]. */
  readonly twinPairs: readonly (readonly [string, string])[];
  /** Positions in `likert` in the order the form presents its statements (`bank.order`, else bank order). */
  readonly presentation: readonly number[];
  readonly total: number;
}

/** Lookups the engine needs on every scoring, computed once per bank. */
export interface BankIndex {
  readonly forms: Readonly<Record<Form, FormIndex>>;
  readonly importance: PerRole<readonly number[]>;
  readonly archetypes: readonly ArchetypeVector[];
}

const cache = new WeakMap<QuestionBank, BankIndex>();

/** The bank's index, built on first use and reused: scoring the same bank again costs no setup. */
export function indexBank(bank: QuestionBank): BankIndex {
  let index = cache.get(bank);
  if (!index) {
    index = buildIndex(bank);
    cache.set(bank, index);
  }
  return index;
}

function buildIndex(bank: QuestionBank): BankIndex {
  return {
    forms: { short: indexForm(bank, 'short'), full: indexForm(bank, 'full') },
    importance: {
      cto: bank.competencies.map((c) => c.importance.cto),
      cpo: bank.competencies.map((c) => c.importance.cpo),
    },
    archetypes: bank.archetypes.map((a) => ({
      id: a.id,
      scores: bank.competencies.map((c) => a.profile[c.id] ?? 0),
    })),
  };
}

function indexForm(bank: QuestionBank, form: Form): FormIndex {
  const competencyPosition = new Map(bank.competencies.map((c, i) => [c.id, i]));
  const tensionPosition = new Map(bank.tensions.map((t, i) => [t.id, i]));
  const competencyTotals = bank.competencies.map(() => 0);
  const tensionTotals = bank.tensions.map(() => 0);
  const likert: IndexedLikert[] = [];
  const scenarios: IndexedScenario[] = [];
  const twinPairs: [string, string][] = [];
  const inForm = new Set<string>();

  for (const question of bank.questions) {
    if (form === 'short' && !question.inShortForm) continue;
    inForm.add(question.id);
    if (question.type === 'likert') {
      const competency = competencyPosition.get(question.competency) ?? -1;
      competencyTotals[competency] = (competencyTotals[competency] ?? 0) + 1;
      likert.push({ id: question.id, competency, reverse: question.keyed === 'reverse' });
    } else {
      const tension = tensionPosition.get(question.tension) ?? -1;
      tensionTotals[tension] = (tensionTotals[tension] ?? 0) + 1;
      scenarios.push({
        id: question.id,
        tension,
        options: new Map(question.options.map((o) => [o.id, o])),
      });
    }
  }
  for (const question of bank.questions) {
    if (question.type === 'likert' && question.twin !== undefined && inForm.has(question.id)) {
      if (inForm.has(question.twin)) twinPairs.push([question.twin, question.id]);
    }
  }
  return {
    likert,
    scenarios,
    competencyTotals,
    tensionTotals,
    twinPairs,
    presentation: presentationOrder(likert, bank.order?.[form]),
    total: likert.length + scenarios.length,
  };
}

/** The form's statements in presentation order; any the order leaves out follow in bank order. */
function presentationOrder(
  likert: readonly IndexedLikert[],
  order: readonly string[] | undefined,
): number[] {
  const position = new Map(likert.map((item, i) => [item.id, i]));
  const listed = (order ?? []).flatMap((id) => {
    const i = position.get(id);
    return i === undefined ? [] : [i];
  });
  const seen = new Set(listed);
  return [...listed, ...likert.flatMap((_, i) => (seen.has(i) ? [] : [i]))];
}

/** The ids of the questions in a form, in bank order. */
export function questionIdsInForm(bank: QuestionBank, form: Form): string[] {
  return bank.questions.filter((q) => form === 'full' || q.inShortForm).map((q) => q.id);
}
