import type { QuestionBank } from '@/lib/bank/schema';
import { SLIGHT_LEAN } from '@/lib/scoring/find-lean';
import { describePlacement } from '@/lib/report/describe-tensions';
import { fitLevelLabel } from '@/lib/report/fit-levels';
import type {
  ConfidenceLevel,
  FitProfile,
  Lean,
  PerRole,
  TensionLabel,
} from '@/lib/scoring/profile';

import { fillTemplate } from '@/lib/report/copy/fill-template';

import { classifyTension, type PairingKind, type TensionSituation } from './classify-tension';
import { compareCompetency, type Coverage } from './compare-competencies';
import type { CompareCopy } from './copy-schema';
import type { PairingWords } from './compare-words';
import type { OverallReading, PairingContent, RoleSplitKind } from './schema';
import { splitRoles, type SeatSuggestion } from './split-roles';
import type { CommonCopy } from '@/lib/report/copy/schema';

/** One of the two people compared: a name to call them by and their profile. */
export interface PairInput {
  readonly name: string;
  readonly profile: FitProfile;
}

/** One person as the comparison shows them. */
export interface PairPerson {
  readonly name: string;
  readonly fit: PerRole<number>;
  /** The level word of each fit, e.g. "Solid". */
  readonly levels: PerRole<string>;
  readonly lean: Lean;
  readonly verdict: string;
  readonly confidence: ConfidenceLevel;
  readonly form: FitProfile['form'];
  readonly answered: number;
  readonly total: number;
}

export interface CompetencyPairing {
  readonly id: string;
  readonly name: string;
  /** The first and the second person's score, 0–100, or null when not measured. */
  readonly scores: readonly [number | null, number | null];
  readonly coverage: Coverage;
  /** The coverage in a sentence, with names. */
  readonly note: string;
}

export interface TensionPairingResult {
  readonly id: string;
  readonly name: string;
  readonly summary: string;
  readonly positions: readonly [number | null, number | null];
  readonly labels: readonly [TensionLabel | null, TensionLabel | null];
  /** Where each sits, e.g. ["Technology-first (−75)", "Product-first (+50)"]. */
  readonly placed: readonly [string, string];
  /** Both, with names: "Alex: Technology-first (−75); Sam: Product-first (+50)". */
  readonly placements: string;
  readonly kind: PairingKind;
  readonly situation: TensionSituation;
  readonly headline: string;
  /** Why the pair is in this situation and what it tends to mean, in plain words. */
  readonly reason: string;
  /** How a strong pair resolves the tension (from the bank). */
  readonly resolution: string;
  /** The practice for this situation first, if it has one, then the tension's own practices. */
  readonly practices: readonly string[];
}

/** Everything a comparison of two results says, in the order it says it. */
export interface PairingReport {
  readonly people: readonly [PairPerson, PairPerson];
  readonly roleSplit: {
    readonly kind: RoleSplitKind;
    readonly headline: string;
    readonly summary: string;
    readonly seats: SeatSuggestion;
    /** The suggested seats in a sentence, e.g. "Alex fits the CTO seat better, Sam the CPO seat." */
    readonly suggestion: string;
  };
  readonly overall: {
    readonly reading: OverallReading;
    readonly headline: string;
    readonly summary: string;
  };
  readonly counts: Readonly<Record<PairingKind, number>>;
  /** In bank order. */
  readonly competencies: readonly CompetencyPairing[];
  /** In bank order. */
  readonly tensions: readonly TensionPairingResult[];
  /** What the comparison can and cannot tell. */
  readonly framing: string;
  /** Reasons to hold the reading loosely, e.g. a short form or a low-confidence result. */
  readonly cautions: readonly string[];
}

/** At least this many unanswered tensions and the pair is "too little to compare". */
export const LITTLE_KNOWN_AT = 3;
/** At least this many clashes and the pair has "several likely clashes". */
export const MANY_CLASHES_AT = 3;

/**
 * Compares two profiles tension by tension and competency by competency. Pure and deterministic:
 * the same two profiles, names and content always give the same report.
 */
export function buildPairingReport(
  words: PairingWords,
  bank: QuestionBank,
  content: PairingContent,
  pair: readonly [PairInput, PairInput],
): PairingReport {
  const [first, second] = pair;
  const names = [first.name, second.name] as const;
  const { compare: copy, common } = words;
  const tensions = bank.tensions.map((tension) => {
    const a = first.profile.tensions.find((t) => t.id === tension.id);
    const b = second.profile.tensions.find((t) => t.id === tension.id);
    const positions = [a?.position ?? null, b?.position ?? null] as const;
    const labels = [a?.label ?? null, b?.label ?? null] as const;
    const { kind, situation } = classifyTension(positions[0], positions[1]);
    const placed = [
      describePlacement(common, positions[0], labels[0]),
      describePlacement(common, positions[1], labels[1]),
    ] as const;
    const words = content.tensions.find((t) => t.tension === tension.id);
    const text = situation === 'unanswered' ? undefined : words?.situations[situation];
    return {
      id: tension.id,
      name: tension.name,
      summary: tension.summary,
      positions,
      labels,
      placed,
      placements: fillTemplate(copy.tensions.placements, {
        a: names[0],
        aPlaced: placed[0],
        b: names[1],
        bPlaced: placed[1],
      }),
      kind,
      situation,
      headline: text?.headline ?? copy.tensions.unansweredHeadline,
      reason: text?.text ?? content.unanswered,
      resolution: tension.resolution,
      practices: [...(text?.practice ? [text.practice] : []), ...tension.practices],
    } satisfies TensionPairingResult;
  });

  const counts: Record<PairingKind, number> = { clash: 0, complement: 0, aligned: 0, unknown: 0 };
  for (const t of tensions) counts[t.kind] += 1;
  const reading = readOverall(counts);

  const split = splitRoles(first.profile.lean, second.profile.lean);
  const competencies = bank.competencies.map((competency) => {
    const scores = [
      first.profile.competencies.find((c) => c.id === competency.id)?.score ?? null,
      second.profile.competencies.find((c) => c.id === competency.id)?.score ?? null,
    ] as const;
    const coverage = compareCompetency(scores[0], scores[1]);
    return {
      id: competency.id,
      name: competency.name,
      scores,
      coverage,
      note: fillTemplate(copy.competencies.coverage[coverage], { a: names[0], b: names[1] }),
    } satisfies CompetencyPairing;
  });

  return {
    people: [describePerson(common, first), describePerson(common, second)],
    roleSplit: {
      kind: split.kind,
      ...content.roleSplit[split.kind],
      seats: split.seats,
      suggestion: describeSeats(
        copy.seats,
        split.seats,
        names,
        first.profile.lean,
        second.profile.lean,
      ),
    },
    overall: { reading, ...content.overall[reading] },
    counts,
    competencies,
    tensions,
    framing: content.framing,
    cautions: pair.flatMap((person) => cautionsFor(person, copy.cautions)),
  };
}

function describeSeats(
  words: CompareCopy['seats'],
  seats: SeatSuggestion,
  names: readonly [string, string],
  first: Lean,
  second: Lean,
): string {
  if (!seats) return words.level;
  const close = Math.abs(first.margin - second.margin) < SLIGHT_LEAN;
  return fillTemplate(close ? words.close : words.clear, {
    cto: names[seats.cto],
    cpo: names[seats.cpo],
  });
}

function readOverall(counts: Readonly<Record<PairingKind, number>>): OverallReading {
  if (counts.unknown >= LITTLE_KNOWN_AT) return 'little-known';
  if (counts.clash >= MANY_CLASHES_AT) return 'many-clashes';
  if (counts.clash > 0) return 'some-clashes';
  if (counts.complement >= 2 && counts.complement >= counts.aligned) {
    return 'mostly-complementary';
  }
  return 'mostly-aligned';
}

function describePerson(common: CommonCopy, { name, profile }: PairInput): PairPerson {
  return {
    name,
    fit: profile.fit,
    levels: {
      cto: fitLevelLabel(common, profile.fit.cto),
      cpo: fitLevelLabel(common, profile.fit.cpo),
    },
    lean: profile.lean,
    verdict: profile.verdict.headline,
    confidence: profile.confidence.level,
    form: profile.form,
    answered: profile.answered,
    total: profile.total,
  };
}

function cautionsFor({ name, profile }: PairInput, words: CompareCopy['cautions']): string[] {
  const cautions: string[] = [];
  if (profile.form === 'short') cautions.push(fillTemplate(words.shortForm, { name }));
  if (profile.confidence.level === 'low')
    cautions.push(fillTemplate(words.lowConfidence, { name }));
  return cautions;
}
