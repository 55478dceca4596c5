import type { Form } from '@/lib/answers/schema';
import { fillTemplate } from '@/lib/report/copy/fill-template';
import { formNames } from '@/lib/report/role-names';
import type { PerRole } from '@/lib/scoring/profile';

import type { TeamSectionWords } from './team-words';

/**
 * How the team form's history picker names a kept result: when it was finished (`when`, already
 * formatted for the reader, with the time so that two results of one day differ), its form and
 * both fits, so that results with the same verdict can be told apart.
 */
export function describeKeptResult(
  words: TeamSectionWords,
  result: { readonly form: Form; readonly fit: PerRole<number> },
  when: string,
): string {
  return fillTemplate(words.team.form.historyEntry, {
    date: when,
    form: formNames(words.common, result.form).title,
    cto: result.fit.cto,
    cpo: result.fit.cpo,
  });
}
