import { ENGLISH_PDF_WORDS } from '@/tests/support/english-words';
import { loadBank } from '@/lib/bank/load-bank';
import { loadPairing } from '@/lib/compare/load-pairing';
import { renderTeamPdf } from '@/lib/export/render-team-pdf';
import { buildTeamView } from '@/lib/team';
import { ENGLISH_TEAM_WORDS } from '@/tests/lib/team/team-words';
import { fixedTeam } from '@/tests/lib/team/fixed-team';

import { readPdf } from '@/tests/support/read-pdf';

const bank = loadBank();
const twelve = Array.from({ length: 12 }, (_, i) => ({
  ...fixedTeam[i % fixedTeam.length]!,
  name: `Person ${String.fromCharCode(65 + i)}`,
}));
const view = buildTeamView(ENGLISH_TEAM_WORDS, bank, loadPairing(bank), twelve, {
  date: '2026-11-28',
  shareUrl: 'https://role-fit.example/team#t1.12~a',
});

describe('renderTeamPdf', () => {
  const bytes = renderTeamPdf(view, { pageSize: 'a4', words: ENGLISH_PDF_WORDS });
  let pages: readonly string[];
  let flat: string;
  beforeAll(async () => {
    const read = await readPdf(bytes);
    pages = read.pages;
    flat = read.text.replace(/\s+/g, ' ');
  });

  it('gives the same bytes for the same team', () => {
    expect(renderTeamPdf(view, { pageSize: 'a4', words: ENGLISH_PDF_WORDS })).toEqual(bytes);
  });

  it('prints every grid number as text, so a team of 12 reads back whole', () => {
    const row = view.grid.rows[0]!;
    expect(flat).toContain(`${row.name} ${row.cells.map((c) => c.text).join(' ')}`);
    expect(flat).toContain(view.grid.summary);
  });

  it('marks every member on each tension and names the centre and spread in words', () => {
    const t = view.tensions.items[0]!;
    for (const { mark } of t.placements) expect(flat).toMatch(new RegExp(`\\b${mark}\\b`));
    expect(flat).toContain(t.centreText!.replace('−', '-'));
  });

  it('ends with the link back to the same team map, and fits a team of 12 on a few pages', () => {
    expect(flat).toContain('Open this team map: https://role-fit.example/team#t1.12~a');
    expect(pages.length).toBeLessThanOrEqual(4);
  });
});
