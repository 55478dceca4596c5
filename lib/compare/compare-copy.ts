import content from '@/questions/compare-copy.json' with { type: 'json' };

import type { CompareCopy } from './copy-schema';

/**
 * Every sentence and heading of a comparison, from `questions/compare-copy.json`. Typed, not
 * parsed, as the report copy is: the compiler checks the file's shape and a test validates it
 * with {@link CompareCopySchema}, so that showing a comparison never needs zod in the browser.
 */
export const COMPARE_COPY: CompareCopy = content;
