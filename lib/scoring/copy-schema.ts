import { z } from 'zod';

import { PluralSchema, Template, Text } from '@/lib/copy/template-schema';

const Strict = z.strictObject;

/** What a confidence reason says: what was noticed, and what the person can do about it. */
const Reason = <Message extends z.ZodType>(message: Message) => Strict({ message, advice: Text });

const PerRole = Strict({ cto: Text, cpo: Text });

/**
 * The sentences the scoring engine writes into a profile, kept as data in
 * `questions/scoring-copy.json`: the verdict and the reasons behind a confidence level. Its own
 * file, because lib/report (and its report copy) sits above lib/scoring and may not be read by it.
 */
export const ScoringCopySchema = Strict({
  /** Between a number's whole part and its decimals: "." in English, "," in Spanish. */
  decimalMark: Text,
  /** A fit level in a sentence: "For the CTO role that is {a strong match}." */
  fitLevelPhrases: Strict({ strong: Text, solid: Text, emerging: Text, low: Text }),
  verdict: Strict({
    roles: PerRole,
    headlines: Strict({
      'clear-cto': Text,
      'leans-cto': Text,
      'clear-cpo': Text,
      'leans-cpo': Text,
      'fits-both': Text,
      balanced: Text,
      'fits-neither': Text,
      unclear: Text,
      'within-margin': Text,
    }),
    /** No answer at all: said instead of the "unclear" verdict. */
    nothingToScore: Strict({ headline: Text, summary: Text }),
    /** The two fits, set at `{scores}` in the summaries. */
    scores: Template('cto', 'cpo'),
    summaries: Strict({
      unclear: Template('scores'),
      'fits-neither': Template('scores'),
      'fits-both': Template('scores'),
      balanced: Template('scores', 'level'),
      /** A clear lean, and a lean whose other side is not far behind. */
      clear: Template('scores', 'drawnTo', 'role', 'level'),
      leans: Template('scores', 'drawnTo', 'role', 'other', 'level'),
      'within-margin': Template('cto', 'ctoLow', 'ctoHigh', 'cpo', 'cpoLow', 'cpoHigh', 'role'),
    }),
    /** What a person leaning to each role is drawn to. */
    drawnTo: PerRole,
  }),
  confidenceReasons: Strict({
    'no-answers': Reason(Text),
    incomplete: Reason(Template('answered', 'total')),
    'competency-unanswered': Reason(PluralSchema('count', 'names')),
    'straight-lining': Reason(Template('percent')),
    contradictions: Reason(
      Strict({
        sameKind: Template('contradictions', 'pairs'),
        /** Scoring rules 2: the twins' answers measured against mirroring each other. */
        farApart: Template('pairs', 'distance'),
      }),
    ),
    inconsistent: Reason(Text),
    'long-run': Reason(Template('count')),
    'too-fast': Reason(Strict({ underASecond: Text, seconds: PluralSchema('seconds') })),
    'short-form': Reason(Text),
  }),
});
export type ScoringCopy = z.infer<typeof ScoringCopySchema>;
