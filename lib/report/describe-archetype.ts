import type { QuestionBank } from '@/lib/bank/schema';
import type { FitProfile } from '@/lib/scoring/profile';

import { fillTemplate } from './copy/fill-template';
import { COMMON_COPY } from './copy/common-copy';
import { RESULT_COPY } from './copy/result-copy';

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

const WORDS = RESULT_COPY.archetype;

/** The profile's nearest archetype with its words, or null when nothing could be compared. */
export function describeArchetype(bank: QuestionBank, profile: FitProfile): ArchetypeReport | null {
  const match = profile.archetype;
  const archetype = match && bank.archetypes.find((a) => a.id === match.id);
  if (!match || !archetype) return null;
  const second = profile.archetypeRanking[1];
  const runnerUp = second ? (bank.archetypes.find((a) => a.id === second.id)?.name ?? null) : null;
  const similar = fillTemplate(COMMON_COPY.scale.similar, { similarity: match.similarity });
  return {
    id: archetype.id,
    name: archetype.name,
    summary: archetype.summary,
    advice: archetype.advice,
    similarity: match.similarity,
    runnerUp,
    closeness: runnerUp ? similar + fillTemplate(WORDS.runnerUp, { name: runnerUp }) : similar,
  };
}

/** The nearest archetype with the card's and the exports' words. */
export function buildNearestArchetypeView(
  bank: QuestionBank,
  profile: FitProfile,
): NearestArchetypeView {
  const nearest = describeArchetype(bank, profile);
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
