import { loadBank } from '@/lib/bank/load-bank';
import { loadPairing } from '@/lib/compare/load-pairing';
import { buildTeamView, sortGridRows, sortMembersBy } from '@/lib/team';
import { ENGLISH_TEAM_WORDS } from '@/tests/lib/team/team-words';

import { fixedTeam } from './fixed-team';

const bank = loadBank();
const view = buildTeamView(ENGLISH_TEAM_WORDS, bank, loadPairing(bank), fixedTeam);
const rows = view.grid.rows;

describe('sortGridRows', () => {
  it('keeps bank order when asked for it', () => {
    expect(sortGridRows(rows, { by: 'bank' })).toEqual(rows);
  });

  it('orders competencies by name, A to Z', () => {
    const names = sortGridRows(rows, { by: 'name' }).map((r) => r.name);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'en')));
  });

  it('orders by one member’s scores, highest first, equal scores in bank order', () => {
    const sorted = sortGridRows(rows, { by: 'member', position: 4 });
    const scores = sorted.map((r) => r.cells[4]!.score!);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    const ties = sorted.filter((r) => r.cells[4]!.score === scores[0]);
    expect(ties.map((r) => rows.indexOf(r))).toEqual(
      [...ties.map((r) => rows.indexOf(r))].sort((a, b) => a - b),
    );
  });

  it('orders by the team’s best score, highest first', () => {
    const best = sortGridRows(rows, { by: 'best' }).map((r) => r.best!);
    expect(best).toEqual([...best].sort((a, b) => b - a));
  });
});

describe('sortMembersBy', () => {
  it('orders the members by their score on one competency, highest first', () => {
    const sorted = sortMembersBy(view.members.items, rows, 'technical-depth');
    expect(sorted.map((m) => m.name)).toEqual(['Sid', 'Emma', 'Dan', 'Gus', 'Cleo']);
  });

  it('keeps the team’s order for a competency it does not know', () => {
    expect(sortMembersBy(view.members.items, rows, 'no-such-thing')).toEqual(view.members.items);
  });
});
