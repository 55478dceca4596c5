import { changing } from '@/tests/fixtures/copy-changes';
import { findTeamCopyProblems } from '@/lib/team/find-team-copy-problems';
import teamCopy from '@/questions/team-copy.json' with { type: 'json' };

/** The copy file with one change made to a fresh copy of it. */
const changed = changing(teamCopy);

describe('findTeamCopyProblems', () => {
  it('finds none in questions/team-copy.json', () => {
    expect(findTeamCopyProblems(teamCopy)).toEqual([]);
  });

  it('names the field of an empty text', () => {
    expect(findTeamCopyProblems(changed((c) => (c.grid.heading = ' ')))).toEqual([
      'grid.heading: must not be empty',
    ]);
  });

  it('rejects a placeholder the view model does not fill', () => {
    expect(findTeamCopyProblems(changed((c) => (c.seats.filled = '{nmae} fits')))).toEqual([
      'seats.filled: may only use the placeholders {name}, {role}, {score}, {level}',
    ]);
  });

  it('says the map is for a conversation, not for labelling people or hiring', () => {
    expect(teamCopy.framing).toMatch(/conversation/);
    expect(teamCopy.framing).toMatch(/not for labelling/);
    expect(teamCopy.framing).toMatch(/hiring/);
  });
});
