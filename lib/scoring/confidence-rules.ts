/**
 * Every threshold behind the confidence level, in one place: the rules-1 reasons, kept unchanged,
 * and the careless-answer indices of scoring rules 2 (decision 015 gives each value's source).
 */

/** Thresholds behind each confidence reason, kept together so they can be reviewed at a glance. */
export const CONFIDENCE_RULES = {
  /** Share of the form answered below which confidence is low, and below which it is medium. */
  completion: { low: 0.6, medium: 0.9 },
  /** Share of Likert answers equal to the most common answer. */
  sameAnswer: { low: 0.9, medium: 0.75, minimumAnswers: 6 },
  /** Share of answered twin pairs that contradict each other. */
  contradictions: { low: 0.5, medium: 0.25, minimumCount: 2 },
} as const;

/**
 * Thresholds of the careless-answer indices of scoring rules 2, kept together; each value and its
 * source is explained in decision 015.
 */
export const CARELESS_RULES = {
  evenOdd: {
    /**
     * Spearman–Brown corrected even-odd correlation below which answers read as inconsistent
     * (Johnson 2005), when the twins are doubtful too: alone it is too noisy on 16 competencies.
     */
    low: 0.3,
    /** Competencies with statements in both halves needed before the correlation means anything. */
    minimumCompetencies: 6,
    /** Standard deviation of the competency scores, in points, below which a flat profile is not judged. */
    minimumSpread: 10,
  },
  twins: {
    /** Twin distance, in scale steps, at which answers read low on their own. */
    low: 1.3,
    /** Twin distance from which the twins are doubtful: low when even-odd consistency is low too. */
    doubtful: 1.1,
    /** Twin pairs needed before the distance is judged. */
    minimumPairs: 4,
  },
  antonyms: {
    /**
     * Correlation of twins (positive with recoded reverse) below which their answers do not move
     * together at all: low when the twins are also this far from mirroring each other.
     */
    low: -0.1,
    /** Twin distance, in scale steps, from which uncorrelated twins count: below it they agree too closely to judge. */
    minimumDistance: 0.8,
    /** Twin pairs needed before a correlation means anything. */
    minimumPairs: 24,
  },
  longRun: {
    /** Share of the statements answered alike in one unbroken run at which answers read low. */
    lowShare: 0.2,
    /** The shortest run that can read low, whatever the number of statements. */
    minimumRun: 8,
  },
  time: {
    /** Median seconds per statement below which the statements cannot have been read (Huang et al. 2012). */
    lowSeconds: 2,
  },
} as const;
