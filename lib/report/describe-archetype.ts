import type { QuestionBank } from '@/lib/bank/schema';
import type { FitProfile } from '@/lib/scoring/profile';

import { fillTemplate } from './copy/fill-template';
import type { ResultWords } from './copy/report-words';

/** The nearest archetype as the results page shows it. */
export interface ArchetypeReport {
  readonly id: string;
  readonly name: string;
  readonly summary: string;
  readonly advice: string;
  /** 0–100: how closely the person's competency scores match the archetype's. */
  readonly similarity: number;
  /** The next nearest archetype's name, when there is one. */
  readonly runnerUp: string | null;
  /** e.g. "82 / 100 similar; next nearest: The Builder". */
  readonly closeness: string;
}

/** The nearest-archetype card: its headings and the archetype, or why there is none. */
export interface NearestArchetypeView {
  readonly heading: string;
  /** The exports' heading, with the archetype's name when there is one. */
  readonly exportHeading: string;
  readonly nearest: ArchetypeReport | null;
  readonly adviceLabel: string;
  /** What to say when nothing could be compared. */
  readonly empty: string;
}

/** The profile's nearest archetype with its words, or null when nothing could be compared. */
export function describeArchetype(
  { common, result }: ResultWords,
  bank: QuestionBank,
  profile: FitProfile,
): ArchetypeReport | null {
  const match = profile.archetype;
  const archetype = match && bank.archetypes.find((a) => a.id === match.id);
  if (!match || !archetype) return null;
  const second = profile.archetypeRanking[1];
  const runnerUp = second ? (bank.archetypes.find((a) => a.id === second.id)?.name ?? null) : null;
  const similar = fillTemplate(common.scale.similar, { similarity: match.similarity });
  return {
    id: archetype.id,
    name: archetype.name,
    summary: archetype.summary,
    advice: archetype.advice,
    similarity: match.similarity,
    runnerUp,
    closeness: runnerUp
      ? similar + fillTemplate(result.archetype.runnerUp, { name: runnerUp })
      : similar,
  };
}

/** The nearest archetype with the card's and the exports' words. */
export function buildNearestArchetypeView(
  words: ResultWords,
  bank: QuestionBank,
  profile: FitProfile,
): NearestArchetypeView {
  const WORDS = words.result.archetype;
  const nearest = describeArchetype(words, bank, profile);
  return {
    heading: WORDS.title,
    exportHeading: nearest
      ? fillTemplate(WORDS.exportTitle, { name: nearest.name })
      : WORDS.exportEmptyTitle,
    nearest,
    adviceLabel: WORDS.adviceLabel,
    empty: WORDS.empty,
  };
}
