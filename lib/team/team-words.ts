import type { ReportWords } from '@/lib/report/copy/report-words';

import type { TeamCopy } from './copy-schema';

/**
 * The words of a team map in one language: a report's words (roles, fit levels, verdicts,
 * confidence, earlier versions) and the team map's own. Passed to every builder, so that the same
 * team is mapped in English from the page's words or in another language.
 */
export interface TeamWords extends ReportWords {
  readonly team: TeamCopy;
}

/** The words the grid, the seats and the tensions read: what every report says, and the team map's. */
export type TeamSectionWords = Pick<TeamWords, 'common' | 'team'>;
