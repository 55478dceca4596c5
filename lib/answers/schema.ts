import { z } from 'zod';

import { IdSchema } from '@/lib/bank/schema';

/** A Likert answer: 1 strongly disagree … 5 strongly agree. */
export const LikertValueSchema = z.number().int().min(1).max(5);

/** One answer: a Likert value, or the id of the chosen option of a scenario. */
export const AnswerValueSchema = z.union([LikertValueSchema, IdSchema]);
export type AnswerValue = z.infer<typeof AnswerValueSchema>;

/** Answers keyed by question id. Unanswered questions are simply absent. */
export type Answers = Readonly<Record<string, AnswerValue>>;

/** Which set of questions the person was given. */
export const FormSchema = z.enum(['short', 'full']);
export type Form = z.infer<typeof FormSchema>;
