import { loadBank } from '@/lib/bank/load-bank';
import { loadPairing } from '@/lib/compare/load-pairing';
import { renderTeamMarkdown } from '@/lib/export/render-team-markdown';
import { buildTeamView } from '@/lib/team';
import { ENGLISH_TEAM_WORDS } from '@/tests/lib/team/team-words';
import { fixedTeam } from '@/tests/lib/team/fixed-team';

const bank = loadBank();
const view = buildTeamView(ENGLISH_TEAM_WORDS, bank, loadPairing(bank), fixedTeam.slice(0, 3), {
  date: '2026-11-28',
  shareUrl: 'https://role-fit.example/team#t1.3~a~b~c',
});

describe('renderTeamMarkdown', () => {
  const markdown = renderTeamMarkdown(view);

  it('opens with the title, the day, the team and what the map is for', () => {
    expect(markdown.split('\n\n').slice(0, 3)).toEqual([
      '# Role Fit: CTO and CPO — a team of 3',
      '2026-11-28 · A team of 3: Dan, Cleo and Gus',
      `> ${view.framing}`,
    ]);
  });

  it('says who holds each seat and who could step in', () => {
    expect(markdown).toContain(
      '### CTO seat\n\nDan is best placed for the CTO seat: 72 (Strong). Runner-up: Gus, 47 (Emerging).',
    );
  });

  it('has one grid row per competency with every member’s score, the ideals and the coverage', () => {
    const row = markdown.split('\n').find((line) => line.startsWith('| Technology strategy |'));
    expect(row).toBe('| Technology strategy | 100 | 25 | 13 | 100 | 33 | 100 | 1 of 3 | Covered |');
    expect(
      markdown
        .split('\n')
        .filter((l) => /^\| .* \| (Covered|Gap|Pile-up|Not measured) \|$/.test(l)),
    ).toHaveLength(bank.competencies.length);
  });

  it('reads each tension with every member placed and names a blind spot with its practices', () => {
    const oneSided = view.tensions.items.find((t) => t.blindSpot !== null)!;
    const section = markdown.slice(markdown.indexOf(`### ${oneSided.name}`));
    expect(section.slice(0, section.indexOf('\n### '))).toMatchInlineSnapshot(`
      "### Feature prioritization: One-sided

      Centre +100, spread 75 points. The team leans one way and nobody stands on the other side, so that side’s concerns may go unheard.

      - Dan: Balanced (+25)
      - Cleo: Product-first (+100)
      - Gus: Product-first (+100)

      **Blind spot: nobody on the team is technology-first here.** A technology-first leader favors features that show off the team's technical strength and push the platform forward.

      Practices that counter it:

      - Keep one slot on every roadmap for a feature that no customer has asked for yet but that could change the market.
      - Score candidate features together on customer demand, technical value and effort before ranking them.
      - Give each leader time to argue for their top pick in a meeting where every view is heard.
      - Publish the ranking with its reasons so teams understand why their favorite slipped.

      ## Read with care

      - Cleo took the short form, which reads each tension from one scenario.

      ---

      Read with the question bank "role-fit", version 2.

      Open this team map: https://role-fit.example/team#t1.3~a~b~c"
    `);
  });

  it('ends with the bank and the link back to the same team map', () => {
    expect(markdown.trimEnd().split('\n\n').slice(-2)).toEqual([
      view.bankNote,
      'Open this team map: https://role-fit.example/team#t1.3~a~b~c',
    ]);
  });
});
