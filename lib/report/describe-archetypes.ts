import type { QuestionBank } from '@/lib/bank/schema';
import type { FitProfile } from '@/lib/scoring/profile';

/** One archetype in the list of every archetype, nearest first. */
export interface ArchetypeCloseness {
  readonly id: string;
  /** 1 for the nearest. */
  readonly rank: number;
  readonly name: string;
  /** The archetype in a line: the first sentence of its summary. */
  readonly line: string;
  /** 0–100: how closely the person's competency scores match the archetype's. */
  readonly similarity: number;
  /** e.g. "82 / 100 similar". */
  readonly closeness: string;
  readonly nearest: boolean;
  /** A word beside the nearest one's name, e.g. "nearest"; null for the others. */
  readonly badge: string | null;
}

/** The list of every archetype with its heading and introduction, or why there is none. */
export interface ArchetypeRankingReport {
  readonly title: string;
  readonly intro: string;
  /** Nearest first; empty when nothing could be compared. */
  readonly archetypes: readonly ArchetypeCloseness[];
  /** What to say instead of a list when it is empty. */
  readonly empty: string;
}

const TITLE = 'How close you are to each archetype';
const EMPTY = 'No competency was answered, so there is nothing to compare with the archetypes.';

/** The first sentence of a text, or the whole text when it has one sentence. */
export function firstSentence(text: string): string {
  const end = text.search(/[.!?](\s|$)/);
  return end === -1 ? text : text.slice(0, end + 1);
}

/** Every archetype of the profile's ranking with its words, nearest first. */
export function describeArchetypeRanking(
  bank: QuestionBank,
  profile: Pick<FitProfile, 'archetypeRanking'>,
): ArchetypeRankingReport {
  const byId = new Map(bank.archetypes.map((a) => [a.id, a]));
  const archetypes = profile.archetypeRanking.flatMap((match, index) => {
    const archetype = byId.get(match.id);
    if (!archetype) return [];
    return [
      {
        id: archetype.id,
        rank: index + 1,
        name: archetype.name,
        line: firstSentence(archetype.summary),
        similarity: match.similarity,
        closeness: `${match.similarity} / 100 similar`,
        nearest: index === 0,
        badge: index === 0 ? 'nearest' : null,
      },
    ];
  });
  return {
    title: TITLE,
    intro: `How closely your competency scores match each of the ${bank.archetypes.length} reference profiles, nearest first: 100 would be the same profile. The nearest is described in full above.`,
    archetypes,
    empty: EMPTY,
  };
}
