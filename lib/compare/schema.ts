import { z } from 'zod';

import { IdSchema } from '@/lib/bank/schema';

const TextSchema = z.string().trim().min(1, 'must not be empty');

/** A headline and a sentence or two, e.g. for a role split or an overall reading. */
const HeadedTextSchema = z.strictObject({ headline: TextSchema, summary: TextSchema });

/** What a pair in one situation on a tension should know; `practice` is a practice for that situation alone. */
const SituationTextSchema = z.strictObject({
  headline: TextSchema,
  text: TextSchema,
  practice: TextSchema.optional(),
});

/** The situations a pair can be in on one tension, each with its own words (see classify-tension.ts). */
export const SITUATIONS = [
  'both-technology-first',
  'both-product-first',
  'far-apart',
  'complement',
  'both-balanced',
  'one-leans',
] as const;
export type Situation = (typeof SITUATIONS)[number];

/** Clash situations name a practice of their own: the pair is missing a side, or at odds. */
export const CLASH_SITUATIONS = [
  'both-technology-first',
  'both-product-first',
  'far-apart',
] as const;

/** How two people's leans divide the seats (see split-roles.ts), each with its headline and summary. */
const RoleSplitWordsSchema = z.strictObject({
  'natural-split': HeadedTextSchema,
  'both-cto': HeadedTextSchema,
  'both-cpo': HeadedTextSchema,
  'one-flexible': HeadedTextSchema,
  'both-balanced': HeadedTextSchema,
});
export type RoleSplitKind = keyof z.infer<typeof RoleSplitWordsSchema>;

/** What the pair looks like over all six tensions, each reading with its headline and summary. */
const OverallWordsSchema = z.strictObject({
  'mostly-complementary': HeadedTextSchema,
  'mostly-aligned': HeadedTextSchema,
  'some-clashes': HeadedTextSchema,
  'many-clashes': HeadedTextSchema,
  'little-known': HeadedTextSchema,
});
export type OverallReading = keyof z.infer<typeof OverallWordsSchema>;

const situationShape = Object.fromEntries(SITUATIONS.map((s) => [s, SituationTextSchema])) as {
  [K in Situation]: typeof SituationTextSchema;
};

export const TensionPairingSchema = z
  .strictObject({
    /** The bank tension this text is about. */
    tension: IdSchema,
    situations: z.strictObject(situationShape),
    /** The tension of the source article the text derives from. */
    source: TextSchema,
  })
  .superRefine((entry, ctx) => {
    for (const situation of CLASH_SITUATIONS) {
      if (entry.situations[situation].practice === undefined) {
        ctx.addIssue({
          code: 'custom',
          path: ['situations', situation, 'practice'],
          message: 'a clash names a practice of its own',
        });
      }
    }
  });
export type TensionPairing = z.infer<typeof TensionPairingSchema>;

/**
 * The words of a pairing report, kept as content in `questions/pairing.json`: `framing` says what
 * the comparison can and cannot tell, shown with every comparison; `unanswered` is shown for a
 * tension that one or both people left unanswered.
 */
export const PairingContentSchema = z.strictObject({
  tensions: z.array(TensionPairingSchema).min(1),
  framing: TextSchema,
  unanswered: TextSchema,
  roleSplit: RoleSplitWordsSchema,
  overall: OverallWordsSchema,
});
export type PairingContent = z.infer<typeof PairingContentSchema>;

/** Content problems against a bank: every bank tension has exactly one entry, and no entry is for an unknown tension. */
export function findPairingIssues(
  content: PairingContent,
  tensionIds: readonly string[],
): string[] {
  const issues: string[] = [];
  const seen = new Set<string>();
  content.tensions.forEach((entry, i) => {
    if (!tensionIds.includes(entry.tension)) {
      issues.push(`tensions[${i}].tension: unknown tension "${entry.tension}"`);
    }
    if (seen.has(entry.tension)) {
      issues.push(`tensions[${i}].tension: "${entry.tension}" appears twice`);
    }
    seen.add(entry.tension);
  });
  for (const id of tensionIds) {
    if (!seen.has(id)) issues.push(`tensions: no pairing text for tension "${id}"`);
  }
  return issues;
}
