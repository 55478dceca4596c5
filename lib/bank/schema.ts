import { z } from 'zod';

/** The two roles every profile is scored against. */
export const RoleIdSchema = z.enum(['cto', 'cpo']);
export type RoleId = z.infer<typeof RoleIdSchema>;

/** A stable, human-readable id such as `tech-depth-03`; never an array index. */
export const IdSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'ids are lowercase words joined by hyphens');

const TextSchema = z.string().trim().min(1, 'must not be empty');

/** How much a competency matters to a role: 0 peripheral, 1 useful, 2 important, 3 essential. */
export const ImportanceSchema = z.number().int().min(0).max(3);

const PerRole = <T extends z.ZodType>(schema: T) => z.strictObject({ cto: schema, cpo: schema });

export const CompetencySchema = z.strictObject({
  id: IdSchema,
  name: TextSchema,
  /** Which side of the article the competency comes from. */
  side: z.enum(['cto', 'cpo', 'shared']),
  /** What the competency means, in one or two sentences. */
  summary: TextSchema,
  importance: PerRole(ImportanceSchema),
  /** One line per role on why the competency matters (or matters less) to it. */
  why: PerRole(TextSchema),
  /** Concrete next steps for someone who wants to grow this competency. */
  growth: z.array(TextSchema).min(2),
  /** The duty, skill or success metric of the source article this derives from. */
  source: TextSchema,
});
export type Competency = z.infer<typeof CompetencySchema>;

export const LikertItemSchema = z.strictObject({
  id: IdSchema,
  type: z.literal('likert'),
  competency: IdSchema,
  text: TextSchema,
  /** `reverse` items describe the opposite of the competency: agreeing lowers its score. */
  keyed: z.enum(['positive', 'reverse']),
  /** Whether the statement is about what the person does, enjoys, or is good at. */
  facet: z.enum(['does', 'enjoys', 'good-at']),
  /** For a reverse-keyed item, the positive item of the same competency it mirrors. */
  twin: IdSchema.optional(),
  inShortForm: z.boolean(),
  source: TextSchema,
});
export type LikertItem = z.infer<typeof LikertItemSchema>;

export const ScenarioOptionSchema = z.strictObject({
  id: IdSchema,
  text: TextSchema,
  /** How strongly choosing this option reflects each role's instincts, 0–1. */
  fit: PerRole(z.number().min(0).max(1)),
  /** Where the choice sits on the tension: −2 technology-first … 0 balanced … +2 product-first. */
  position: z.number().int().min(-2).max(2),
});
export type ScenarioOption = z.infer<typeof ScenarioOptionSchema>;

export const ScenarioSchema = z.strictObject({
  id: IdSchema,
  type: z.literal('choice'),
  tension: IdSchema,
  /** The situation, in a few sentences. */
  text: TextSchema,
  /** The question asked about the situation, e.g. "What do you do first?". */
  prompt: TextSchema,
  options: z.array(ScenarioOptionSchema).min(3).max(4),
  inShortForm: z.boolean(),
  source: TextSchema,
});
export type Scenario = z.infer<typeof ScenarioSchema>;

export const QuestionSchema = z.discriminatedUnion('type', [LikertItemSchema, ScenarioSchema]);
export type Question = z.infer<typeof QuestionSchema>;

export const TensionSchema = z.strictObject({
  id: IdSchema,
  name: TextSchema,
  summary: TextSchema,
  /** What pulls a technology-first leader on this tension. */
  techSide: TextSchema,
  /** What pulls a product-first leader on this tension. */
  productSide: TextSchema,
  /** How a good CTO–CPO pair resolves it. */
  resolution: TextSchema,
  /** Collaboration practices that defuse the tension. */
  practices: z.array(TextSchema).min(2),
  source: TextSchema,
});
export type Tension = z.infer<typeof TensionSchema>;

export const ArchetypeSchema = z.strictObject({
  id: IdSchema,
  name: TextSchema,
  summary: TextSchema,
  lean: z.enum(['cto', 'cpo', 'balanced']),
  /** The reference score, 0–100, of every competency in the bank. */
  profile: z.record(IdSchema, z.number().min(0).max(100)),
  /** Advice for someone whose answers resemble this archetype. */
  advice: TextSchema,
});
export type Archetype = z.infer<typeof ArchetypeSchema>;

export const LikertScaleSchema = z.tuple([
  TextSchema,
  TextSchema,
  TextSchema,
  TextSchema,
  TextSchema,
]);

export const BankMetaSchema = z.strictObject({
  id: IdSchema,
  /** Raised whenever a change to the bank would change a saved or shared result. */
  version: z.number().int().positive(),
  title: TextSchema,
  /** Labels of the five Likert answers, from strongly disagree (1) to strongly agree (5). */
  likertScale: LikertScaleSchema,
  /**
   * The scoring rules the version was released with, so that its results read the same for ever:
   * 1 the first release; 2 adds careless-answer indices and reads the lean against score ranges.
   */
  scoring: z.union([z.literal(1), z.literal(2)]),
});

/** The order in which each form presents its statements; scenarios are spread between them. */
export const StatementOrderSchema = z.strictObject({
  full: z.array(IdSchema),
  short: z.array(IdSchema),
});

const BankShapeSchema = BankMetaSchema.extend({
  competencies: z.array(CompetencySchema).min(1),
  tensions: z.array(TensionSchema).min(1),
  questions: z.array(QuestionSchema).min(1),
  archetypes: z.array(ArchetypeSchema).min(1),
  /** Absent in bank version 1, which presented statements in bank order, grouped by competency. */
  order: StatementOrderSchema.optional(),
});

/** The whole question bank: its shape, plus every reference between its parts resolving. */
export const BankSchema = BankShapeSchema.superRefine((bank, ctx) => {
  for (const issue of findCrossReferenceIssues(bank)) ctx.addIssue({ code: 'custom', ...issue });
});
export type QuestionBank = z.infer<typeof BankSchema>;

interface CrossReferenceIssue {
  path: (string | number)[];
  message: string;
}

/** Every reference between parts of the bank must resolve, and ids must be unique. */
function findCrossReferenceIssues(bank: z.infer<typeof BankShapeSchema>): CrossReferenceIssue[] {
  const issues: CrossReferenceIssue[] = [];
  const competencyIds = new Set<string>();
  const tensionIds = new Set<string>();
  const questionIds = new Set<string>();

  const noteDuplicate = (seen: Set<string>, id: string, path: (string | number)[]) => {
    if (seen.has(id)) issues.push({ path, message: `duplicate id "${id}"` });
    seen.add(id);
  };

  bank.competencies.forEach((c, i) =>
    noteDuplicate(competencyIds, c.id, ['competencies', i, 'id']),
  );
  bank.tensions.forEach((t, i) => noteDuplicate(tensionIds, t.id, ['tensions', i, 'id']));
  bank.questions.forEach((q, i) => noteDuplicate(questionIds, q.id, ['questions', i, 'id']));

  const archetypeIds = new Set<string>();
  bank.archetypes.forEach((a, i) => {
    noteDuplicate(archetypeIds, a.id, ['archetypes', i, 'id']);
    for (const id of competencyIds) {
      if (!(id in a.profile)) {
        issues.push({
          path: ['archetypes', i, 'profile'],
          message: `no score for competency "${id}"`,
        });
      }
    }
    for (const id of Object.keys(a.profile)) {
      if (!competencyIds.has(id)) {
        issues.push({
          path: ['archetypes', i, 'profile', id],
          message: `unknown competency "${id}"`,
        });
      }
    }
  });

  const byId = new Map(bank.questions.map((q) => [q.id, q]));
  bank.questions.forEach((q, i) => {
    if (q.type === 'likert') {
      if (!competencyIds.has(q.competency)) {
        issues.push({
          path: ['questions', i, 'competency'],
          message: `unknown competency "${q.competency}"`,
        });
      }
      if (q.keyed === 'positive' && q.twin !== undefined) {
        issues.push({
          path: ['questions', i, 'twin'],
          message: 'only reverse-keyed items name a twin',
        });
      }
      if (q.twin !== undefined) {
        const twin = byId.get(q.twin);
        if (
          !twin ||
          twin.type !== 'likert' ||
          twin.keyed !== 'positive' ||
          twin.competency !== q.competency
        ) {
          issues.push({
            path: ['questions', i, 'twin'],
            message: `twin "${q.twin}" must be a positive item of competency "${q.competency}"`,
          });
        }
      }
    } else {
      if (!tensionIds.has(q.tension)) {
        issues.push({
          path: ['questions', i, 'tension'],
          message: `unknown tension "${q.tension}"`,
        });
      }
      const optionIds = new Set<string>();
      q.options.forEach((o, j) =>
        noteDuplicate(optionIds, o.id, ['questions', i, 'options', j, 'id']),
      );
    }
  });

  if (bank.order) {
    for (const form of ['full', 'short'] as const) {
      const expected = bank.questions
        .filter((q) => q.type === 'likert' && (form === 'full' || q.inShortForm))
        .map((q) => q.id);
      const listed = bank.order[form];
      const missing = expected.filter((id) => !listed.includes(id));
      const extra = listed.filter((id, i) => !expected.includes(id) || listed.indexOf(id) !== i);
      if (missing.length > 0 || extra.length > 0) {
        issues.push({
          path: ['order', form],
          message: `must list each statement of the ${form} form once (missing: ${missing.join(', ') || 'none'}; unknown or repeated: ${extra.join(', ') || 'none'})`,
        });
      }
    }
  }

  return issues;
}
