'use client';

import { useWordsOf } from '@/app/_shared/page-words';
import type { TeamWords } from '@/lib/team/team-words';

const NAMES = ['common', 'result', 'scoring', 'versions', 'team'] as const;

/**
 * The team map's words in the page's language: a report's words and the team map's own. The same
 * object while the page's words stay the same, so a view built from it is not built again.
 */
export function useTeamWords(): TeamWords {
  return useWordsOf(NAMES);
}
