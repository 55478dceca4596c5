import fc from 'fast-check';

import { loadBank } from '@/lib/bank/load-bank';
import { loadPairing } from '@/lib/compare/load-pairing';
import { buildTeamJson, buildTeamView, renderTeamJson } from '@/lib/team';
import { ENGLISH_TEAM_WORDS } from '@/tests/lib/team/team-words';
import { TeamJsonSchema } from '@/lib/team/team-json-schema';
import { anyForm, answerSet } from '@/tests/fixtures/answer-arbitraries';

import { fixedTeam } from './fixed-team';

const bank = loadBank();
const content = loadPairing(bank);

describe('buildTeamJson', () => {
  it('always fits its schema, whatever the team answered', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(answerSet(bank), anyForm), { minLength: 3, maxLength: 12 }),
        (team) => {
          const view = buildTeamView(
            ENGLISH_TEAM_WORDS,
            bank,
            content,
            team.map(([answers, form]) => ({ answers, form })),
          );
          expect(TeamJsonSchema.safeParse(buildTeamJson(view)).success).toBe(true);
        },
      ),
      { numRuns: 15 },
    );
  });

  it('names seat holders and runners-up as the members are named, numbered when unnamed', () => {
    const json = buildTeamJson(
      buildTeamView(ENGLISH_TEAM_WORDS, bank, content, [
        fixedTeam[4]!,
        { ...fixedTeam[3]!, name: '' },
        fixedTeam[0]!,
      ]),
    );
    expect(json.seats).toEqual({
      cto: 'Dan',
      cpo: 'Member 2',
      ctoRunnerUp: 'Sid',
      cpoRunnerUp: 'Sid',
      ties: [],
    });
  });

  it('is printed with two-space indents and a final newline', () => {
    const text = renderTeamJson(
      buildTeamView(ENGLISH_TEAM_WORDS, bank, content, fixedTeam, { date: '2026-11-28' }),
    );
    expect(text.endsWith('}\n')).toBe(true);
    expect(text.split('\n')[1]).toBe('  "format": "role-fit-team",');
  });
});
