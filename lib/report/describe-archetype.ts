import type { QuestionBank } from '@/lib/bank/schema';
import type { FitProfile } from '@/lib/scoring/profile';

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
}

/** The profile's nearest archetype with its words, or null when nothing could be compared. */
export function describeArchetype(bank: QuestionBank, profile: FitProfile): ArchetypeReport | null {
  const match = profile.archetype;
  const archetype = match && bank.archetypes.find((a) => a.id === match.id);
  if (!match || !archetype) return null;
  const second = profile.archetypeRanking[1];
  const runnerUp = second ? (bank.archetypes.find((a) => a.id === second.id)?.name ?? null) : null;
  return {
    id: archetype.id,
    name: archetype.name,
    summary: archetype.summary,
    advice: archetype.advice,
    similarity: match.similarity,
    runnerUp,
  };
}
