import type { QuestionBank } from '@/lib/bank/schema';
import type { FitProfile, ScoreRange } from '@/lib/scoring/profile';

import { describeRange, formatRange } from './format-range';

/** One competency as the results page shows it: the bank's words and the profile's score. */
export interface CompetencyRow {
  readonly id: string;
  readonly name: string;
  readonly summary: string;
  readonly why: { readonly cto: string; readonly cpo: string };
  /** 0–100, or null when none of its questions were answered ("not measured"). */
  readonly score: number | null;
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
  /** Where each role's ideal sits on the scale: its importance (0–3) as a share of 100. */
  readonly ideal: { readonly cto: number; readonly cpo: number };
  /** How much each role relies on it, in a word: "essential", "important", "useful", "peripheral". */
  readonly importance: { readonly cto: ImportanceWord; readonly cpo: ImportanceWord };
}

export type ImportanceWord = 'essential' | 'important' | 'useful' | 'peripheral';

const IMPORTANCE_WORDS: readonly ImportanceWord[] = [
  'peripheral',
  'useful',
  'important',
  'essential',
];

/** The bank's importance scale (0–3) in words. */
export function importanceWord(importance: number): ImportanceWord {
  return IMPORTANCE_WORDS[Math.min(3, Math.max(0, Math.round(importance)))] ?? 'peripheral';
}

/** The ideal score of a competency for a role of this importance (0–3): 0, 33, 67 or 100. */
export function idealScore(importance: number): number {
  return Math.round((importance / 3) * 100);
}

/** Every competency of the bank, in bank order, with the profile's score beside it. */
export function buildCompetencyRows(bank: QuestionBank, profile: FitProfile): CompetencyRow[] {
  const scores = new Map(profile.competencies.map((c) => [c.id, c]));
  return bank.competencies.map((competency) => {
    const scored = scores.get(competency.id);
    const score = scored?.score ?? null;
    const range = score === null ? null : (scored?.range ?? null);
    return {
      id: competency.id,
      name: competency.name,
      summary: competency.summary,
      why: competency.why,
      score,
      range,
      rangeText: range && formatRange(range),
      rangeLabel: range && describeRange(range),
      chartValue:
        score === null ? null : range ? `${score} (${formatRange(range)})` : String(score),
      answered: scored?.answered ?? 0,
      total: scored?.total ?? 0,
      ideal: {
        cto: idealScore(competency.importance.cto),
        cpo: idealScore(competency.importance.cpo),
      },
      importance: {
        cto: importanceWord(competency.importance.cto),
        cpo: importanceWord(competency.importance.cpo),
      },
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
