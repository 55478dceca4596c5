import { loadBank } from '@/lib/bank/load-bank';
import { loadPairing } from '@/lib/compare/load-pairing';
import { renderTeamMarkdown } from '@/lib/export/render-team-markdown';
import { buildTeamView } from '@/lib/team';
import { ENGLISH_TEAM_WORDS } from '@/tests/lib/team/team-words';
import { TeamJsonSchema } from '@/lib/team/team-json-schema';
import { readPdf } from '@/tests/support/read-pdf';
import { fixedTeam } from '@/tests/lib/team/fixed-team';

import { runInMemory } from './run-in-memory';

const bank = loadBank();
const FILES = ['dan.json', 'cleo.json', 'gus.json', 'emma.json', 'sid.json'];
const files: Record<string, string> = Object.fromEntries(
  fixedTeam.map((p, i) => [FILES[i], JSON.stringify({ form: p.form, answers: p.answers })]),
);
files['empty.json'] = '{"answers": {}}';
files['broken.json'] = '{"answers": ';

/** Runs the CLI against the real bank with in-memory files, on 28 November 2026. */
const run = (args: string) => runInMemory(args.split(' '), files);

describe('cli team', () => {
  it('prints the same Markdown team map the page exports, with the names given', async () => {
    const { code, stdout, stderr } = await run(
      'team dan.json cleo.json gus.json --format md --names Dan,Cleo,Gus',
    );
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
    const view = buildTeamView(ENGLISH_TEAM_WORDS, bank, loadPairing(bank), fixedTeam.slice(0, 3), {
      date: '2026-11-28',
    });
    expect(stdout).toBe(renderTeamMarkdown(view));
  });

  it('prints JSON with the members’ fits, the seats by name, the gaps and every tension', async () => {
    const { code, stdout } = await run(
      'team dan.json cleo.json gus.json emma.json sid.json --format json --names Dan,Cleo,Gus',
    );
    expect(code).toBe(0);
    const json = TeamJsonSchema.parse(JSON.parse(stdout));
    expect(json.members.map((m) => [m.name, m.fit.cto, m.fit.cpo])).toEqual([
      ['Dan', 72, 60],
      ['Cleo', 52, 75],
      ['Gus', 47, 68],
      ['Member 4', 62, 52],
      ['Member 5', 59, 38],
    ]);
    expect(json.seats).toEqual({
      cto: 'Dan',
      cpo: 'Cleo',
      ctoRunnerUp: 'Member 4',
      cpoRunnerUp: 'Gus',
      ties: [],
    });
    expect(json.gaps).toEqual([]);
    expect(json.tensions).toHaveLength(bank.tensions.length);
    expect(json.tensions[0]).toEqual({
      id: 'feasibility-viability',
      positions: [
        { name: 'Dan', position: -50 },
        { name: 'Cleo', position: 0 },
        { name: 'Gus', position: 25 },
        { name: 'Member 4', position: -50 },
        { name: 'Member 5', position: -50 },
      ],
      centre: -50,
      spread: 75,
      reading: 'one-sided',
      blindSpot: 'product',
    });
  });

  it('writes a PDF whose text reads back: the seats, the grid and the tensions', async () => {
    const { code, written } = await run(
      'team dan.json cleo.json gus.json emma.json --format pdf --out team.pdf --names Dan,Cleo,Gus,Emma',
    );
    expect(code).toBe(0);
    const { text, title } = await readPdf(written['team.pdf'] as Uint8Array);
    const flat = text.replace(/\s+/g, ' ');
    expect(title).toMatch(/^Role Fit: CTO and CPO — a team of 4/);
    expect(flat).toContain('Dan is best placed for the CTO seat: 72 (Strong).');
    expect(flat).toContain('Technology strategy');
    expect(flat).toContain('not for labelling anyone');
    expect(flat).toContain('Blind spot: nobody on the team is');
  });

  it.each([
    [
      'team dan.json cleo.json --format md',
      'team: a team map reads 3 to 12 answers files, one per member; got 2',
    ],
    [
      `team ${Array(13).fill('dan.json').join(' ')} --format json`,
      'team: a team map reads 3 to 12 answers files, one per member; got 13',
    ],
    ['team dan.json cleo.json kim.json --format md', 'kim.json: no such file'],
    ['team dan.json empty.json cleo.json --format json', 'empty.json: has no answers to score'],
  ])('exits 1 on %j with one line naming the file or the count', async (args, line) => {
    const { code, stdout, stderr } = await run(args);
    expect({ code, stdout, stderr }).toEqual({ code: 1, stdout: '', stderr: `${line}\n` });
  });

  it('exits 1 naming a file that is not JSON', async () => {
    const { code, stderr } = await run('team dan.json broken.json cleo.json --format md');
    expect(code).toBe(1);
    expect(stderr.split('\n')).toHaveLength(2);
    expect(stderr).toMatch(/^broken\.json: /);
  });

  it.each([
    ['team dan.json cleo.json gus.json', 'team needs --format md, pdf or json'],
    ['team dan.json cleo.json gus.json --format csv', 'team needs --format md, pdf or json'],
    [
      'team dan.json cleo.json gus.json --format pdf',
      '--format pdf needs --out PATH, e.g. --out role-fit-2026-11-28.pdf (a PDF is not printed)',
    ],
    [
      'team dan.json cleo.json gus.json --format md --names A,B,C,D',
      '--names gives 4 names for 3 FILEs, e.g. "Ana,Ben,Chi" for three',
    ],
    ['team - - gus.json --format md', 'only one of the FILEs can be standard input'],
  ])('exits 2 on %j with the usage problem first', async (args, problem) => {
    const { code, stderr } = await run(args);
    expect(code).toBe(2);
    expect(stderr.split('\n')[0]).toBe(problem);
  });
});
