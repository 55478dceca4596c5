import type { QuestionBank, RoleId } from '@/lib/bank/schema';
import type { FitProfile, ScoreRange } from '@/lib/scoring/profile';

import { fillPlural, fillTemplate } from './copy/fill-template';
import type { ResultWords } from './copy/report-words';
import type { CommonCopy } from './copy/schema';
import { describeRange, formatRange, formatScoreWithFigures } from './format-range';

/** One competency as the results page and the exports show it: the bank's words and the score. */
export interface CompetencyRow {
  readonly id: string;
  readonly name: string;
  readonly summary: string;
  readonly why: { readonly cto: string; readonly cpo: string };
  /** The headings of the two `why` lines, e.g. "For a CTO (essential)". */
  readonly whyTitle: { readonly cto: string; readonly cpo: string };
  /** Whether any of its questions were answered; a renderer greys what is not. */
  readonly measured: boolean;
  /** 0–100, or null when none of its questions were answered ("not measured"). */
  readonly score: number | null;
  /** The score as a table cell: the number, or "not measured". */
  readonly scoreText: string;
  /** Where the score probably lies, or null when not measured. */
  readonly range: ScoreRange | null;
  /** The range in figures, e.g. "55–70", or null when not measured. */
  readonly rangeText: string | null;
  /** The range as a label beside the score, e.g. "range 55–70", or null when not measured. */
  readonly rangeLabel: string | null;
  /** The number beside the chart's bar, e.g. "62 (55–70)", or null when not measured. */
  readonly chartValue: string | null;
  readonly answered: number;
  readonly total: number;
  /** e.g. "3 of 3", as a table cell. */
  readonly answeredText: string;
  /** e.g. "2 of 3 questions answered". */
  readonly answeredSentence: string;
  /** Where each role's ideal sits on the scale: its importance (0–3) as a share of 100. */
  readonly ideal: { readonly cto: number; readonly cpo: number };
  /** How much each role relies on it, as an id: "essential", "important", "useful", "peripheral". */
  readonly importance: { readonly cto: ImportanceWord; readonly cpo: ImportanceWord };
  /** The same in words a person reads. */
  readonly importanceText: { readonly cto: string; readonly cpo: string };
}

export type ImportanceWord = 'essential' | 'important' | 'useful' | 'peripheral';

const IMPORTANCE_WORDS: readonly ImportanceWord[] = [
  'peripheral',
  'useful',
  'important',
  'essential',
];

/** The bank's importance scale (0–3) as an id. */
export function importanceWord(importance: number): ImportanceWord {
  return IMPORTANCE_WORDS[Math.min(3, Math.max(0, Math.round(importance)))] ?? 'peripheral';
}

/** The bank's importance scale (0–3) in words a person reads. */
export function importanceText(common: CommonCopy, importance: number): string {
  return common.importance[importanceWord(importance)];
}

/** The ideal score of a competency for a role of this importance (0–3): 0, 33, 67 or 100. */
export function idealScore(importance: number): number {
  return Math.round((importance / 3) * 100);
}

/** Every competency of the bank, in bank order, with the profile's score beside it. */
export function buildCompetencyRows(
  { common, result }: ResultWords,
  bank: QuestionBank,
  profile: FitProfile,
): CompetencyRow[] {
  const scores = new Map(profile.competencies.map((c) => [c.id, c]));
  return bank.competencies.map((competency) => {
    const scored = scores.get(competency.id);
    const score = scored?.score ?? null;
    const range = score === null ? null : (scored?.range ?? null);
    const answered = scored?.answered ?? 0;
    const total = scored?.total ?? 0;
    const perRole = <T>(value: (role: RoleId) => T) => ({ cto: value('cto'), cpo: value('cpo') });
    return {
      id: competency.id,
      name: competency.name,
      summary: competency.summary,
      why: competency.why,
      whyTitle: perRole((role) =>
        fillTemplate(result.competencies.why, {
          role: common.roles[role],
          importance: importanceText(common, competency.importance[role]),
        }),
      ),
      measured: score !== null,
      score,
      scoreText: score === null ? common.notMeasured.cell : String(score),
      range,
      rangeText: range && formatRange(common, range),
      rangeLabel: range && describeRange(common, range),
      chartValue: score === null ? null : formatScoreWithFigures(common, score, range),
      answered,
      total,
      answeredText: fillTemplate(common.answeredOf, { answered, total }),
      answeredSentence: fillPlural(result.competencies.answered, total, { answered, total }),
      ideal: perRole((role) => idealScore(competency.importance[role])),
      importance: perRole((role) => importanceWord(competency.importance[role])),
      importanceText: perRole((role) => importanceText(common, competency.importance[role])),
    };
  });
}

/** Highest score first; unmeasured competencies last; ties keep bank order. */
export function rankCompetencies(rows: readonly CompetencyRow[]): CompetencyRow[] {
  return rows
    .map((row, index) => ({ row, index }))
    .sort((a, b) => (b.row.score ?? -1) - (a.row.score ?? -1) || a.index - b.index)
    .map(({ row }) => row);
}
