import type { Answers, Form } from '@/lib/answers/schema';
import type { QuestionBank } from '@/lib/bank/schema';

import { assessConfidence, contradicts, mostCommonShare } from './assess-confidence';
import { indexBank } from './bank-index';
import {
  evenOddConsistency,
  longestRun,
  medianSecondsPerStatement,
  twinAgreement,
  twinDistance,
} from './careless-indices';
import { CONFIDENCE_RULES } from './confidence-rules';
import type { ScoringCopy } from './copy-schema';
import { describeVerdict, type VerdictEvidence } from './describe-verdict';
import { findFocusAreas } from './find-focus-areas';
import { findLean } from './find-lean';
import { matchArchetypes } from './match-archetypes';
import { placeOnTensions } from './place-on-tensions';
import type { FitProfile, PerRole, ScoreRange, StepTiming } from './profile';
import { computeRoleFit } from './role-fit';
import { roundScore } from './round-score';
import { competencyStandardErrors, fitRange, fitStandardError, rangeAround } from './score-ranges';
import { readLikert, tallyAnswers } from './tally-answers';

export interface ScoreOptions {
  /** The form the person took; completeness is measured against it. Defaults to `full`. */
  readonly form?: Form;
  /**
   * How long each statement step took in the quiz, one entry per step answered; absent for
   * results opened from a link or a file, which then skip the time index.
   */
  readonly timing?: readonly StepTiming[];
}

/**
 * Scores a full or partial answer set against a question bank. Pure and deterministic: the same
 * bank and answers always give the same profile. Only questions of the chosen form count;
 * unanswered questions are left out, never counted as neutral. Its sentences (verdict, confidence
 * reasons) are said in `words`, the scoring copy of the reader's language.
 */
export function scoreAnswers(
  bank: QuestionBank,
  answers: Answers,
  words: ScoringCopy,
  options: ScoreOptions = {},
): FitProfile {
  const form = options.form ?? 'full';
  const index = indexBank(bank);
  const formIndex = index.forms[form];
  const tally = tallyAnswers(formIndex, answers, bank.competencies.length, bank.tensions.length);

  const rawFit = {
    cto: computeRoleFit(
      tally.competencyScores,
      index.importance.cto,
      tally.scenarioFit?.cto ?? null,
    ),
    cpo: computeRoleFit(
      tally.competencyScores,
      index.importance.cpo,
      tally.scenarioFit?.cpo ?? null,
    ),
  };
  const fit = { cto: roundScore(rawFit.cto), cpo: roundScore(rawFit.cpo) };
  const standardErrors = competencyStandardErrors(tally.itemScores);
  const ranges: PerRole<ScoreRange> = {
    cto: fitRange(
      rawFit.cto,
      fitStandardError(standardErrors, index.importance.cto, tally.scenarioFits.cto),
    ),
    cpo: fitRange(
      rawFit.cpo,
      fitStandardError(standardErrors, index.importance.cpo, tally.scenarioFits.cpo),
    ),
  };
  const rules = bank.scoring;
  const lean = findLean(fit, ranges);

  let contradictions = 0;
  const twinAnswers: [number, number][] = [];
  for (const [positiveId, reverseId] of formIndex.twinPairs) {
    const positive = readLikert(answers, positiveId);
    const reverse = readLikert(answers, reverseId);
    if (positive === undefined || reverse === undefined) continue;
    twinAnswers.push([positive, reverse]);
    if (contradicts(positive, reverse)) contradictions += 1;
  }

  const confidence = assessConfidence(words, {
    form,
    answered: tally.answered,
    total: formIndex.total,
    unansweredCompetencies: bank.competencies.filter(
      (_, i) => (formIndex.competencyTotals[i] ?? 0) > 0 && tally.competencyAnswered[i] === 0,
    ),
    likertValues: tally.likertValues,
    twinPairsAnswered: twinAnswers.length,
    contradictions,
    ...(rules === 2 && {
      careless: {
        evenOdd: evenOddConsistency(tally.itemScores),
        twinDistance: twinDistance(twinAnswers),
        twinAgreement: twinAgreement(twinAnswers),
        longestRun: longestRun(tally.presentedValues),
        statements: tally.presentedValues.length,
        secondsPerStatement: medianSecondsPerStatement(options.timing),
      },
    }),
  });

  const target = lean.role;
  const { strengths, growthAreas } = findFocusAreas(
    bank.competencies,
    tally.competencyScores,
    target,
  );
  const archetypeRanking = matchArchetypes(index.archetypes, tally.competencyScores);

  return {
    bank: { id: bank.id, version: bank.version },
    form,
    answered: tally.answered,
    total: formIndex.total,
    fit,
    fitRange: ranges,
    lean,
    verdict: describeVerdict(
      words,
      fit,
      lean,
      verdictEvidence(tally.answered, tally.likertValues),
      rules === 2 ? ranges : undefined,
    ),
    competencies: bank.competencies.map((competency, i) => {
      const score = tally.competencyScores[i] ?? null;
      const standardError = standardErrors[i] ?? null;
      return {
        id: competency.id,
        score: score === null ? null : roundScore(score),
        answered: tally.competencyAnswered[i] ?? 0,
        total: formIndex.competencyTotals[i] ?? 0,
        range: score === null || standardError === null ? null : rangeAround(score, standardError),
      };
    }),
    target,
    strengths,
    growthAreas,
    archetype: archetypeRanking[0] ?? null,
    archetypeRanking,
    tensions: placeOnTensions(
      bank.tensions,
      tally.tensionPositions,
      tally.tensionAnswered,
      formIndex.tensionTotals,
    ),
    confidence,
  };
}

function verdictEvidence(answered: number, likertValues: readonly number[]): VerdictEvidence {
  if (answered === 0) return 'none';
  const { low, minimumAnswers } = CONFIDENCE_RULES.sameAnswer;
  return likertValues.length >= minimumAnswers && mostCommonShare(likertValues) >= low
    ? 'uniform'
    : 'enough';
}
