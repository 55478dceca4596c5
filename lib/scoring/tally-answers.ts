import type { Answers } from '@/lib/answers/schema';

import type { FormIndex } from './bank-index';
import type { PerRole } from './profile';

/** What one pass over the answers of a form collects; scores are unrounded. */
export interface AnswerTally {
  /** Mean item score per competency, 0–100, or null when none of its items are answered. */
  readonly competencyScores: readonly (number | null)[];
  readonly competencyAnswered: readonly number[];
  /** Mean position per tension, −2…+2, or null when unanswered. */
  readonly tensionPositions: readonly (number | null)[];
  readonly tensionAnswered: readonly number[];
  /** Mean option fit per role, 0–1, or null when no scenario is answered. */
  readonly scenarioFit: PerRole<number> | null;
  /** Every Likert answer as given (1–5), in form order. */
  readonly likertValues: readonly number[];
  /** Every Likert answer as given (1–5), in the order the statements were presented. */
  readonly presentedValues: readonly number[];
  /** Each competency's item scores, 0–100 with reverse items recoded, in presentation order. */
  readonly itemScores: readonly (readonly number[])[];
  /** The chosen scenario options' fit per role, 0–100, one per answered scenario. */
  readonly scenarioFits: PerRole<readonly number[]>;
  readonly answered: number;
}

/** Reads a Likert answer; anything but a whole number from 1 to 5 counts as unanswered. */
export function readLikert(answers: Answers, id: string): number | undefined {
  const value = answers[id];
  return typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= 5
    ? value
    : undefined;
}

/** Collects item scores per competency and option positions per tension in one pass. */
export function tallyAnswers(
  form: FormIndex,
  answers: Answers,
  competencyCount: number,
  tensionCount: number,
): AnswerTally {
  const competencySums = new Array<number>(competencyCount).fill(0);
  const competencyAnswered = new Array<number>(competencyCount).fill(0);
  const likertValues: number[] = [];

  for (const item of form.likert) {
    const value = readLikert(answers, item.id);
    if (value === undefined) continue;
    likertValues.push(value);
    const itemScore = item.reverse ? (5 - value) / 4 : (value - 1) / 4;
    competencySums[item.competency] = (competencySums[item.competency] ?? 0) + itemScore;
    competencyAnswered[item.competency] = (competencyAnswered[item.competency] ?? 0) + 1;
  }

  const presentedValues: number[] = [];
  const itemScores = Array.from({ length: competencyCount }, (): number[] => []);
  for (const position of form.presentation) {
    const item = form.likert[position];
    const value = item && readLikert(answers, item.id);
    if (!item || value === undefined) continue;
    presentedValues.push(value);
    itemScores[item.competency]?.push(
      item.reverse ? (100 * (5 - value)) / 4 : (100 * (value - 1)) / 4,
    );
  }

  const tensionSums = new Array<number>(tensionCount).fill(0);
  const tensionAnswered = new Array<number>(tensionCount).fill(0);
  let ctoFitSum = 0;
  let cpoFitSum = 0;
  let scenariosAnswered = 0;
  const scenarioFits = { cto: [] as number[], cpo: [] as number[] };

  for (const scenario of form.scenarios) {
    const value = answers[scenario.id];
    const option = typeof value === 'string' ? scenario.options.get(value) : undefined;
    if (!option) continue;
    scenariosAnswered += 1;
    ctoFitSum += option.fit.cto;
    cpoFitSum += option.fit.cpo;
    scenarioFits.cto.push(100 * option.fit.cto);
    scenarioFits.cpo.push(100 * option.fit.cpo);
    tensionSums[scenario.tension] = (tensionSums[scenario.tension] ?? 0) + option.position;
    tensionAnswered[scenario.tension] = (tensionAnswered[scenario.tension] ?? 0) + 1;
  }

  return {
    competencyScores: competencySums.map((sum, i) => {
      const n = competencyAnswered[i] ?? 0;
      return n === 0 ? null : (100 * sum) / n;
    }),
    competencyAnswered,
    tensionPositions: tensionSums.map((sum, i) => {
      const n = tensionAnswered[i] ?? 0;
      return n === 0 ? null : sum / n;
    }),
    tensionAnswered,
    scenarioFit:
      scenariosAnswered === 0
        ? null
        : { cto: ctoFitSum / scenariosAnswered, cpo: cpoFitSum / scenariosAnswered },
    likertValues,
    presentedValues,
    itemScores,
    scenarioFits,
    answered: likertValues.length + scenariosAnswered,
  };
}
