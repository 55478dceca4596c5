import type { QuestionBank } from '@/lib/bank/schema';
import type { FitProfile } from '@/lib/scoring/profile';

import { fillTemplate } from './copy/fill-template';
import type { ResultWords } from './copy/report-words';
import type { ResultCopy } from './copy/schema';
import { formatOutOf } from './format-range';

/** One archetype in the list of every archetype, nearest first. */
export interface ArchetypeCloseness {
  readonly id: string;
  /** 1 for the nearest. */
  readonly rank: number;
  readonly name: string;
  /** e.g. "1. The Builder". */
  readonly rankedName: string;
  /** The archetype in a line: the first sentence of its summary. */
  readonly line: string;
  /** 0–100: how closely the person's competency scores match the archetype's. */
  readonly similarity: number;
  /** e.g. "82 / 100 similar". */
  readonly closeness: string;
  /** e.g. "82 / 100", as a table cell. */
  readonly similarityText: string;
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
  /** The column headings of the list as a table. */
  readonly columns: ResultCopy['archetypes']['columns'];
}

/** The first sentence of a text, or the whole text when it has one sentence. */
export function firstSentence(text: string): string {
  const end = text.search(/[.!?](\s|$)/);
  return end === -1 ? text : text.slice(0, end + 1);
}

/** Every archetype of the profile's ranking with its words, nearest first. */
export function describeArchetypeRanking(
  { common, result }: ResultWords,
  bank: QuestionBank,
  profile: Pick<FitProfile, 'archetypeRanking'>,
): ArchetypeRankingReport {
  const WORDS = result.archetypes;
  const byId = new Map(bank.archetypes.map((a) => [a.id, a]));
  const archetypes = profile.archetypeRanking.flatMap((match, index) => {
    const archetype = byId.get(match.id);
    if (!archetype) return [];
    const rank = index + 1;
    return [
      {
        id: archetype.id,
        rank,
        name: archetype.name,
        rankedName: fillTemplate(WORDS.rank, { rank, name: archetype.name }),
        line: firstSentence(archetype.summary),
        similarity: match.similarity,
        closeness: fillTemplate(common.scale.similar, { similarity: match.similarity }),
        similarityText: formatOutOf(common, match.similarity),
        nearest: index === 0,
        badge: index === 0 ? WORDS.badge : null,
      },
    ];
  });
  return {
    title: WORDS.title,
    intro: fillTemplate(WORDS.intro, { count: bank.archetypes.length }),
    archetypes,
    empty: result.archetype.empty,
    columns: WORDS.columns,
  };
}
