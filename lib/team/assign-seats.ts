import type { RoleId } from '@/lib/bank/schema';
import { FIT_LEVELS } from '@/lib/scoring/fit-level';
import type { PerRole } from '@/lib/scoring/profile';

/**
 * A fit below this for a seat is "not yet a match" (the fit scale's "low" level): a seat nobody
 * reaches stays open rather than being handed to the least bad fit.
 */
export const SEAT_FIT = FIT_LEVELS.emerging;

/** What the seat assignment needs of a member: a name and both fits. */
export interface SeatCandidate {
  readonly name: string;
  readonly fit: PerRole<number>;
}

/** Who holds each seat, by index into the members given; null for an open seat. */
export type SeatPair = PerRole<number | null>;

/** Why a seat is open: nobody reaches {@link SEAT_FIT}, or the only ones who do hold the other seat. */
export type OpenSeat = 'nobody-fits' | 'taken';

export interface SeatAssignment {
  readonly seats: SeatPair;
  /** Every other assignment with as many seats filled and the same total fit, best first. */
  readonly ties: readonly SeatPair[];
  /** For each seat, the best fit among the members who hold neither seat, or null when none is left. */
  readonly runnersUp: PerRole<number | null>;
  /** Why each seat is open, or null when it is filled. */
  readonly open: PerRole<OpenSeat | null>;
}

const ROLES: readonly RoleId[] = ['cto', 'cpo'];

/**
 * Puts one person in each seat so that as many seats as possible are filled by someone at or
 * above {@link SEAT_FIT} and, among those, the two fits add up to the most. Every pair is tried
 * (at most 12 × 11), so the answer is exact. Equal totals are broken by how clearly each holder
 * leans to their own seat, then by name and fits, never by the order the members were given in:
 * the same team in any order gets the same seats.
 */
export function assignSeats(members: readonly SeatCandidate[]): SeatAssignment {
  const eligible = (role: RoleId) =>
    members.flatMap((m, i) => (m.fit[role] >= SEAT_FIT ? [i] : []));
  const options: SeatPair[] = [];
  for (const cto of [null, ...eligible('cto')]) {
    for (const cpo of [null, ...eligible('cpo')]) {
      if (cto === null || cto !== cpo) options.push({ cto, cpo });
    }
  }
  const filled = (p: SeatPair) => Number(p.cto !== null) + Number(p.cpo !== null);
  const total = (p: SeatPair) =>
    (p.cto === null ? 0 : members[p.cto]!.fit.cto) + (p.cpo === null ? 0 : members[p.cpo]!.fit.cpo);
  const ranked = options.sort(
    (a, b) => filled(b) - filled(a) || total(b) - total(a) || compareTie(members, a, b),
  );
  const best = ranked[0] ?? { cto: null, cpo: null };
  const ties = ranked
    .slice(1)
    .filter((p) => filled(p) === filled(best) && total(p) === total(best));
  const seated = new Set([best.cto, best.cpo]);
  const runnerUp = (role: RoleId) =>
    members
      .map((_, i) => i)
      .filter((i) => !seated.has(i))
      .sort(
        (a, b) => members[b]!.fit[role] - members[a]!.fit[role] || compareMembers(members, a, b),
      )[0] ?? null;
  const open = (role: RoleId): OpenSeat | null =>
    best[role] !== null ? null : eligible(role).length === 0 ? 'nobody-fits' : 'taken';
  return {
    seats: best,
    ties,
    runnersUp: { cto: runnerUp('cto'), cpo: runnerUp('cpo') },
    open: { cto: open('cto'), cpo: open('cpo') },
  };
}

/** The holder's lean towards their own seat: CTO minus CPO fit for the CTO seat, and back. */
function leanToSeats(members: readonly SeatCandidate[], pair: SeatPair): number {
  return ROLES.reduce((sum, role) => {
    const holder = pair[role];
    if (holder === null) return sum;
    const { cto, cpo } = members[holder]!.fit;
    return sum + (role === 'cto' ? cto - cpo : cpo - cto);
  }, 0);
}

function compareTie(members: readonly SeatCandidate[], a: SeatPair, b: SeatPair): number {
  const lean = leanToSeats(members, b) - leanToSeats(members, a);
  if (lean !== 0) return lean;
  for (const role of ROLES) {
    const [x, y] = [a[role], b[role]];
    if (x === y) continue;
    if (x === null) return 1;
    if (y === null) return -1;
    const order = compareMembers(members, x, y);
    if (order !== 0) return order;
  }
  return 0;
}

/** An order of members by what they are (name, then fits), not by where they were given. */
function compareMembers(members: readonly SeatCandidate[], a: number, b: number): number {
  const key = (i: number) => {
    const m = members[i]!;
    return [m.name, String(m.fit.cto).padStart(3, '0'), String(m.fit.cpo).padStart(3, '0')].join(
      '\u0000',
    );
  };
  return key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0;
}
