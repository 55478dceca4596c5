import type { QuestionBank, RoleId } from '@/lib/bank/schema';
import { fillTemplate } from '@/lib/report/copy/fill-template';
import { fitLevelLabel } from '@/lib/report/fit-levels';

import { assignSeats, SEAT_FIT, type SeatCandidate, type SeatPair } from './assign-seats';
import { joinList } from './join-list';
import type { TeamSeatView, TeamView } from './team-view';
import type { TeamSectionWords } from './team-words';

const ROLES: readonly RoleId[] = ['cto', 'cpo'];

/** A seat's needs count when the role rates them at least "important" (2 of 0–3). */
export const RECRUIT_IMPORTANCE = 2;

/**
 * Who is best placed for each seat, who could step in, and what to recruit for when a seat stays
 * open. `grid` is the team grid, whose gaps say which of a seat's needs nobody covers.
 */
export function describeTeamSeats(
  words: TeamSectionWords,
  bank: QuestionBank,
  members: readonly SeatCandidate[],
  grid: TeamView['grid'],
): TeamView['seats'] {
  const copy = words.team.seats;
  const { common } = words;
  const assignment = assignSeats(members);
  const seat = (role: RoleId): TeamSeatView => {
    const holder = assignment.seats[role];
    const runnerUp = assignment.runnersUp[role];
    const open = assignment.open[role];
    const other = ROLES.find((r) => r !== role) ?? role;
    const roleName = common.roles[role];
    const fitOf = (i: number) => {
      const m = members[i]!;
      return { name: m.name, score: m.fit[role], level: fitLevelLabel(common, m.fit[role]) };
    };
    const otherHolder = assignment.seats[other];
    return {
      role,
      title: fillTemplate(copy.title, { role: roleName }),
      holder,
      holderName: holder === null ? null : members[holder]!.name,
      open,
      sentence:
        holder !== null
          ? fillTemplate(copy.filled, { ...fitOf(holder), role: roleName })
          : open === 'taken' && otherHolder !== null
            ? fillTemplate(copy.taken, { role: roleName, name: members[otherHolder]!.name })
            : fillTemplate(copy.nobodyFits, { role: roleName, threshold: SEAT_FIT }),
      runnerUp,
      runnerUpName: runnerUp === null ? null : members[runnerUp]!.name,
      runnerUpSentence:
        runnerUp === null ? copy.noRunnerUp : fillTemplate(copy.runnerUp, fitOf(runnerUp)),
      recruit: holder === null ? recruitFor(words, bank, role, grid) : null,
    };
  };
  const nameOf = (i: number | null) => (i === null ? null : members[i]!.name);
  const chosen = describePair(words, assignment.seats, members);
  // Two members with the same name and fits make the same assignment twice in words.
  const alternatives = assignment.ties.filter((pair, i, all) => {
    const text = describePair(words, pair, members);
    return text !== chosen && all.findIndex((p) => describePair(words, p, members) === text) === i;
  });
  const ties = alternatives.map((pair) => describePair(words, pair, members));
  return {
    heading: copy.heading,
    intro: copy.intro,
    cto: seat('cto'),
    cpo: seat('cpo'),
    ties: alternatives.map((pair) => ({ cto: nameOf(pair.cto), cpo: nameOf(pair.cpo) })),
    tie:
      ties.length === 0
        ? null
        : fillTemplate(copy.tie, { alternatives: ties.join(words.team.lists.or) }),
  };
}

function describePair(
  words: TeamSectionWords,
  pair: SeatPair,
  members: readonly SeatCandidate[],
): string {
  const copy = words.team.seats;
  return joinList(
    words.team.lists,
    ROLES.map((role) => {
      const holder = pair[role];
      const roleName = words.common.roles[role];
      return holder === null
        ? fillTemplate(copy.openSeat, { role: roleName })
        : fillTemplate(copy.alternative, { name: members[holder]!.name, role: roleName });
    }),
  );
}

/**
 * An open seat's needs, from the competencies its role rates at least {@link RECRUIT_IMPORTANCE}:
 * the most important of those the team has a gap in, when there are any; otherwise the team
 * covers them between several people and the seat needs someone who combines the most important.
 */
function recruitFor(
  words: TeamSectionWords,
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
  const copy = words.team.seats;
  return {
    competencies: chosen.map(({ id, name }) => ({ id, name })),
    sentence: fillTemplate(gaps.length > 0 ? copy.recruit.gaps : copy.recruit.combine, {
      role: words.common.roles[role],
      list: joinList(
        words.team.lists,
        chosen.map((c) => c.name),
      ),
    }),
  };
}
