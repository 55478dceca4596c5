import type { QuestionBank, RoleId } from '@/lib/bank/schema';
import { fillTemplate } from '@/lib/report/copy/fill-template';
import { COMMON_COPY } from '@/lib/report/copy/common-copy';
import { fitLevelLabel } from '@/lib/report/fit-levels';

import { assignSeats, SEAT_FIT, type SeatCandidate, type SeatPair } from './assign-seats';
import { joinList } from './join-list';
import { TEAM_COPY } from './team-copy';
import type { TeamSeatView, TeamView } from './team-view';

const COPY = TEAM_COPY.seats;
const ROLES: readonly RoleId[] = ['cto', 'cpo'];

/** A seat's needs count when the role rates them at least "important" (2 of 0–3). */
export const RECRUIT_IMPORTANCE = 2;

/**
 * Who is best placed for each seat, who could step in, and what to recruit for when a seat stays
 * open. `grid` is the team grid, whose gaps say which of a seat's needs nobody covers.
 */
export function describeTeamSeats(
  bank: QuestionBank,
  members: readonly SeatCandidate[],
  grid: TeamView['grid'],
): TeamView['seats'] {
  const assignment = assignSeats(members);
  const seat = (role: RoleId): TeamSeatView => {
    const holder = assignment.seats[role];
    const runnerUp = assignment.runnersUp[role];
    const open = assignment.open[role];
    const other = ROLES.find((r) => r !== role) ?? role;
    const roleName = COMMON_COPY.roles[role];
    const fitOf = (i: number) => {
      const m = members[i]!;
      return { name: m.name, score: m.fit[role], level: fitLevelLabel(COMMON_COPY, m.fit[role]) };
    };
    const otherHolder = assignment.seats[other];
    return {
      role,
      title: fillTemplate(COPY.title, { role: roleName }),
      holder,
      holderName: holder === null ? null : members[holder]!.name,
      open,
      sentence:
        holder !== null
          ? fillTemplate(COPY.filled, { ...fitOf(holder), role: roleName })
          : open === 'taken' && otherHolder !== null
            ? fillTemplate(COPY.taken, { role: roleName, name: members[otherHolder]!.name })
            : fillTemplate(COPY.nobodyFits, { role: roleName, threshold: SEAT_FIT }),
      runnerUp,
      runnerUpName: runnerUp === null ? null : members[runnerUp]!.name,
      runnerUpSentence:
        runnerUp === null ? COPY.noRunnerUp : fillTemplate(COPY.runnerUp, fitOf(runnerUp)),
      recruit: holder === null ? recruitFor(bank, role, grid) : null,
    };
  };
  const nameOf = (i: number | null) => (i === null ? null : members[i]!.name);
  const chosen = describePair(assignment.seats, members);
  // Two members with the same name and fits make the same assignment twice in words.
  const alternatives = assignment.ties.filter((pair, i, all) => {
    const text = describePair(pair, members);
    return text !== chosen && all.findIndex((p) => describePair(p, members) === text) === i;
  });
  const ties = alternatives.map((pair) => describePair(pair, members));
  return {
    heading: COPY.heading,
    intro: COPY.intro,
    cto: seat('cto'),
    cpo: seat('cpo'),
    ties: alternatives.map((pair) => ({ cto: nameOf(pair.cto), cpo: nameOf(pair.cpo) })),
    tie:
      ties.length === 0
        ? null
        : fillTemplate(COPY.tie, { alternatives: ties.join(TEAM_COPY.lists.or) }),
  };
}

function describePair(pair: SeatPair, members: readonly SeatCandidate[]): string {
  return joinList(
    ROLES.map((role) => {
      const holder = pair[role];
      const roleName = COMMON_COPY.roles[role];
      return holder === null
        ? fillTemplate(COPY.openSeat, { role: roleName })
        : fillTemplate(COPY.alternative, { name: members[holder]!.name, role: roleName });
    }),
  );
}

/**
 * An open seat's needs, from the competencies its role rates at least {@link RECRUIT_IMPORTANCE}:
 * the most important of those the team has a gap in, when there are any; otherwise the team
 * covers them between several people and the seat needs someone who combines the most important.
 */
function recruitFor(
  bank: QuestionBank,
  role: RoleId,
  grid: TeamView['grid'],
): NonNullable<TeamSeatView['recruit']> {
  const needs = bank.competencies
    .filter((c) => c.importance[role] >= RECRUIT_IMPORTANCE)
    .sort((a, b) => b.importance[role] - a.importance[role]);
  const gaps = needs.filter((c) => grid.gaps.includes(c.id));
  const most = (list: typeof needs) => {
    const top = Math.max(0, ...list.map((c) => c.importance[role]));
    return list.filter((c) => c.importance[role] === top);
  };
  const chosen = most(gaps.length > 0 ? gaps : needs);
  return {
    competencies: chosen.map(({ id, name }) => ({ id, name })),
    sentence: fillTemplate(gaps.length > 0 ? COPY.recruit.gaps : COPY.recruit.combine, {
      role: COMMON_COPY.roles[role],
      list: joinList(chosen.map((c) => c.name)),
    }),
  };
}
