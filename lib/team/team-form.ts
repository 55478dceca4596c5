import { readTeamCodeLinks, type TeamMemberLink } from '@/lib/codecs/team-code';
import { fillTemplate } from '@/lib/report/copy/fill-template';

import type { TeamCopy } from './copy-schema';
import { MAX_TEAM_SIZE, MIN_TEAM_SIZE } from './team-size';

/** One row of the team form: a result link (or code) and a name, either of them empty. */
export interface TeamFormRow {
  readonly link: string;
  readonly name: string;
}

/** What the team form starts with when nothing was given: as many empty rows as a team needs. */
export const EMPTY_TEAM_START: readonly TeamFormRow[] = Array.from(
  { length: MIN_TEAM_SIZE },
  () => ({ link: '', name: '' }),
);

/**
 * The form filled with the members of a team map on screen, to change, add or remove one; each
 * link opens `results`, the results page's address in the page's language.
 */
export function startFromTeam(members: readonly TeamMemberLink[], results: string): TeamFormRow[] {
  return members.map(({ code, name }) => ({ link: `${results}#${code}`, name }));
}

/**
 * The form filled from a code that opened no team, or only part of one: every member's link and
 * name is kept, good or bad, so the person fixes the bad ones instead of starting again; a single
 * result's code becomes the first row. Padded with empty rows up to a team's smallest size.
 */
export function startFromTeamCode(code: string, singleResult = false): TeamFormRow[] {
  const rows = singleResult
    ? [{ link: code, name: '' }]
    : readTeamCodeLinks(code).map(({ code: link, name }) => ({ link, name }));
  return [...rows, ...EMPTY_TEAM_START].slice(0, Math.max(rows.length, MIN_TEAM_SIZE));
}

/** Why a team of `count` members cannot be mapped, in the form's words; null when it can. */
export function describeTeamSize(form: TeamCopy['form'], count: number): string | null {
  if (count < MIN_TEAM_SIZE) return fillTemplate(form.tooFew, { min: MIN_TEAM_SIZE });
  if (count > MAX_TEAM_SIZE) return fillTemplate(form.tooMany, { max: MAX_TEAM_SIZE });
  return null;
}
