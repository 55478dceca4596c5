import content from '@/questions/team-copy.json' with { type: 'json' };

import type { TeamCopy } from './copy-schema';

/**
 * Every sentence and heading of a team map, from `questions/team-copy.json`. Typed, not parsed,
 * as the comparison's copy is: the compiler checks the file's shape and a test validates it with
 * {@link TeamCopySchema}, so that showing a team never needs zod in the browser.
 */
export const TEAM_COPY: TeamCopy = content;
