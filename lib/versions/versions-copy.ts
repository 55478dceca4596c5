import content from '@/questions/versions-copy.json' with { type: 'json' };

import type { VersionsCopy } from './copy-schema';

/**
 * The words about a result's bank version, from `questions/versions-copy.json`. Typed, not
 * parsed: the compiler checks the file's shape and a test validates it with `VersionsCopySchema`.
 */
export const VERSIONS_COPY: VersionsCopy = content;
