'use client';

import { useMemo } from 'react';

import { useWords } from '@/app/_shared/page-words';
import type { TeamWords } from '@/lib/team/team-words';

/**
 * The team map's words in the page's language: a report's words and the team map's own. The same
 * object while the page's words stay the same, so a view built from it is not built again.
 */
export function useTeamWords(): TeamWords {
  const common = useWords('common');
  const result = useWords('result');
  const scoring = useWords('scoring');
  const versions = useWords('versions');
  const team = useWords('team');
  return useMemo(
    () => ({ common, result, scoring, versions, team }),
    [common, result, scoring, versions, team],
  );
}
