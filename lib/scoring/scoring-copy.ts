import content from '@/questions/scoring-copy.json' with { type: 'json' };

import type { ScoringCopy } from './copy-schema';

/**
 * The engine's sentences (verdict, confidence reasons), from `questions/scoring-copy.json`.
 * Typed, not parsed, as the report copy is: the compiler checks the file's shape and a test
 * validates it with `ScoringCopySchema`, so that scoring never needs zod in the browser.
 */
export const SCORING_COPY: ScoringCopy = content;
