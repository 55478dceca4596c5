import { readFileSync } from 'node:fs';

import fc from 'fast-check';

import { loadBank } from '@/lib/bank/load-bank';
import { loadPairing } from '@/lib/compare/load-pairing';
import { loadCurrentBank } from '@/lib/i18n/load-translated-bank';
import { loadTranslatedPairing } from '@/lib/i18n/load-translated-guides';
import { fillTemplate } from '@/lib/report/copy/fill-template';
import { buildTeamJson, buildTeamView, type TeamPerson, type TeamView } from '@/lib/team';
import { ENGLISH_TEAM_WORDS, teamWordsIn } from '@/tests/lib/team/team-words';
import { englishIn } from '@/tests/support/english-sentences';
import { anyForm, answerSet } from '@/tests/fixtures/answer-arbitraries';

import { v1AnswerSet, v1Bank } from '../export/earlier-result';

import { fixedTeam } from './fixed-team';
import { shuffle, sortKeys } from './shuffle';

const bank = loadBank();
const content = loadPairing(bank);

/** Every leaf of a value on a line of its own, named by its path, e.g. `members.items.0.name`. */
function leaves(value: unknown, path = ''): Record<string, unknown> {
  if (value === null || typeof value !== 'object') return { [path]: value };
  return Object.assign(
    {},
    ...Object.entries(value).map(([key, inner]) => leaves(inner, path ? `${path}.${key}` : key)),
  );
}

/** What the properties compare: who sits where, who is on the bench, and the gaps. */
function seatsAndGaps(view: TeamView) {
  const { cto, cpo } = view.seats;
  return {
    cto: cto.holderName,
    cpo: cpo.holderName,
    ctoRunnerUp: cto.runnerUpName,
    cpoRunnerUp: cpo.runnerUpName,
    gaps: view.grid.gaps,
  };
}

const people = (...names: string[]): TeamPerson[] =>
  names.map((name) => {
    const [who, file] = name.split('=') as [string, string];
    const raw = readFileSync(`tests/fixtures/people/${file}.json`, 'utf8');
    const { form, answers } = JSON.parse(raw) as Pick<TeamPerson, 'form' | 'answers'>;
    return { name: who, form, answers };
  });

const member = fc
  .tuple(answerSet(bank), anyForm, fc.constantFrom('Ana', 'Ben', 'Chi', 'Dee', 'Eve', 'Fay'))
  .map(([answers, form, name]): TeamPerson => ({ answers, form, name }));

describe('buildTeamView', () => {
  it('writes every sentence and number the team map shows, from the copy and the engine', () => {
    const team = [fixedTeam[0]!, { ...fixedTeam[1]!, code: 'CODE-OF-CLEO' }, fixedTeam[4]!];
    const view = buildTeamView(ENGLISH_TEAM_WORDS, bank, content, team, {
      date: '2026-11-28',
      shareUrl: 'https://role-fit.example/team#t1.3~a~b~c',
    });
    // One of the sixteen rows and one of the six tensions stand for the rest here.
    const shown = {
      ...view,
      grid: { ...view.grid, rows: view.grid.rows.slice(0, 1) },
      tensions: { ...view.tensions, items: view.tensions.items.slice(0, 1) },
    };
    expect(leaves(shown)).toMatchInlineSnapshot(`
      {
        "bank.id": "role-fit",
        "bank.version": 2,
        "bankNote": "Read with the question bank "role-fit", version 2.",
        "cautions.heading": "Read with care",
        "cautions.items.0": "Cleo took the short form, which reads each tension from one scenario.",
        "date": "2026-11-28",
        "framing": "This map is for a conversation about how the team works together: where its strengths overlap, what nobody covers yet, and which tensions it will feel. It reads quiz answers, not people; it is not for labelling anyone, and not for hiring, promotion or firing decisions.",
        "grid.caption": "Competency scores of Dan, Cleo and Sid",
        "grid.columns.best": "Team best",
        "grid.columns.competency": "Competency",
        "grid.columns.coverage": "Coverage",
        "grid.columns.ideal.cpo": "CPO ideal",
        "grid.columns.ideal.cto": "CTO ideal",
        "grid.columns.strong": "Strong",
        "grid.heading": "The team grid",
        "grid.intro": "Every member’s score on each competency, with what each role ideally brings beside it. A gap is a competency nobody on the team is solid in; a pile-up is one where everyone is strong while the team leaves others uncovered.",
        "grid.legend.0.label": "Strong",
        "grid.legend.0.level": "strong",
        "grid.legend.0.range": "70+",
        "grid.legend.1.label": "Solid",
        "grid.legend.1.level": "solid",
        "grid.legend.1.range": "55–69",
        "grid.legend.2.label": "Emerging",
        "grid.legend.2.level": "emerging",
        "grid.legend.2.range": "45–54",
        "grid.legend.3.label": "Not yet",
        "grid.legend.3.level": "low",
        "grid.legend.3.range": "below 45",
        "grid.rows.0.best": 100,
        "grid.rows.0.bestText": "100",
        "grid.rows.0.cells.0.level": "strong",
        "grid.rows.0.cells.0.score": 100,
        "grid.rows.0.cells.0.text": "100",
        "grid.rows.0.cells.1.level": "low",
        "grid.rows.0.cells.1.score": 25,
        "grid.rows.0.cells.1.text": "25",
        "grid.rows.0.cells.2.level": "solid",
        "grid.rows.0.cells.2.score": 63,
        "grid.rows.0.cells.2.text": "63",
        "grid.rows.0.coverage": "covered",
        "grid.rows.0.coverageLabel": "Covered",
        "grid.rows.0.id": "tech-strategy",
        "grid.rows.0.ideal.cpo": 33,
        "grid.rows.0.ideal.cto": 100,
        "grid.rows.0.name": "Technology strategy",
        "grid.rows.0.note": "At least one member is solid or strong here.",
        "grid.rows.0.strong": 1,
        "grid.rows.0.strongText": "1 of 3",
        "grid.summary": "No gaps: every measured competency has someone solid in it.",
        "lead": "A team of 3: Dan, Cleo and Sid",
        "members.columns.confidence": "Confidence",
        "members.columns.cpo": "CPO fit",
        "members.columns.cto": "CTO fit",
        "members.columns.mark": "Mark",
        "members.columns.name": "Member",
        "members.columns.reading": "Reading",
        "members.heading": "The members",
        "members.items.0.confidence": "High confidence",
        "members.items.0.fits.cpo.cell": "60 (Solid)",
        "members.items.0.fits.cpo.level": "Solid",
        "members.items.0.fits.cpo.score": 60,
        "members.items.0.fits.cto.cell": "72 (Strong)",
        "members.items.0.fits.cto.level": "Strong",
        "members.items.0.fits.cto.score": 72,
        "members.items.0.form": "full",
        "members.items.0.lean": "cto",
        "members.items.0.mark": "D",
        "members.items.0.name": "Dan",
        "members.items.0.position": 0,
        "members.items.0.result": null,
        "members.items.0.verdict": "Leaning towards the CTO role",
        "members.items.1.confidence": "Medium confidence",
        "members.items.1.fits.cpo.cell": "75 (Strong)",
        "members.items.1.fits.cpo.level": "Strong",
        "members.items.1.fits.cpo.score": 75,
        "members.items.1.fits.cto.cell": "52 (Emerging)",
        "members.items.1.fits.cto.level": "Emerging",
        "members.items.1.fits.cto.score": 52,
        "members.items.1.form": "short",
        "members.items.1.lean": "cpo",
        "members.items.1.mark": "C",
        "members.items.1.name": "Cleo",
        "members.items.1.position": 1,
        "members.items.1.result.href": "/results#CODE-OF-CLEO",
        "members.items.1.result.label": "Open Cleo’s full result",
        "members.items.1.verdict": "A clear lean towards the CPO role",
        "members.items.2.confidence": "High confidence",
        "members.items.2.fits.cpo.cell": "38 (Not yet)",
        "members.items.2.fits.cpo.level": "Not yet",
        "members.items.2.fits.cpo.score": 38,
        "members.items.2.fits.cto.cell": "59 (Solid)",
        "members.items.2.fits.cto.level": "Solid",
        "members.items.2.fits.cto.score": 59,
        "members.items.2.form": "full",
        "members.items.2.lean": "cto",
        "members.items.2.mark": "S",
        "members.items.2.name": "Sid",
        "members.items.2.position": 2,
        "members.items.2.result": null,
        "members.items.2.verdict": "A clear lean towards the CTO role",
        "openLink": "Open this team map: ",
        "seats.cpo.holder": 1,
        "seats.cpo.holderName": "Cleo",
        "seats.cpo.open": null,
        "seats.cpo.recruit": null,
        "seats.cpo.role": "cpo",
        "seats.cpo.runnerUp": 2,
        "seats.cpo.runnerUpName": "Sid",
        "seats.cpo.runnerUpSentence": "Runner-up: Sid, 38 (Not yet).",
        "seats.cpo.sentence": "Cleo is best placed for the CPO seat: 75 (Strong).",
        "seats.cpo.title": "CPO seat",
        "seats.cto.holder": 0,
        "seats.cto.holderName": "Dan",
        "seats.cto.open": null,
        "seats.cto.recruit": null,
        "seats.cto.role": "cto",
        "seats.cto.runnerUp": 2,
        "seats.cto.runnerUpName": "Sid",
        "seats.cto.runnerUpSentence": "Runner-up: Sid, 59 (Solid).",
        "seats.cto.sentence": "Dan is best placed for the CTO seat: 72 (Strong).",
        "seats.cto.title": "CTO seat",
        "seats.heading": "Who is best placed for each seat",
        "seats.intro": "One person per seat, chosen so that the two seat holders’ fits add up to the most. A fit is a reading of answers, not a verdict on anyone: treat it as a starting point for the conversation.",
        "seats.tie": null,
        "shareUrl": "https://role-fit.example/team#t1.3~a~b~c",
        "tensions.heading": "The six tensions, as a team",
        "tensions.intro": "Where each member sits between technology-first and product-first on the six tensions between the two roles, the team’s centre (the middle member’s position) and its spread (from the furthest on one side to the furthest on the other).",
        "tensions.items.0.blindSpot.headline": "Blind spot: nobody on the team is product-first here",
        "tensions.items.0.blindSpot.practices.0": "Before starting any ambitious build, name one real customer who has the problem and talk to them.",
        "tensions.items.0.blindSpot.practices.1": "Open every technical proposal with one sentence naming the customer problem it solves.",
        "tensions.items.0.blindSpot.practices.2": "Hold a monthly session where engineering demos new capabilities and product shares customer pain points, looking for overlaps.",
        "tensions.items.0.blindSpot.practices.3": "Judge proposals against one shared product vision rather than against each leader's favorite ideas.",
        "tensions.items.0.blindSpot.side": "product",
        "tensions.items.0.blindSpot.text": "A product-first leader asks whether customers want the result, and sees extra complexity as a cost unless it solves a real problem.",
        "tensions.items.0.camps": null,
        "tensions.items.0.centre": -50,
        "tensions.items.0.centreText": "Centre −50, spread 50 points",
        "tensions.items.0.id": "feasibility-viability",
        "tensions.items.0.name": "Technical feasibility vs product viability",
        "tensions.items.0.placements.0.at": -50,
        "tensions.items.0.placements.0.mark": "D",
        "tensions.items.0.placements.0.name": "Dan",
        "tensions.items.0.placements.0.placed": "Technology-first (−50)",
        "tensions.items.0.placements.0.position": 0,
        "tensions.items.0.placements.0.text": "Dan: Technology-first (−50)",
        "tensions.items.0.placements.1.at": 0,
        "tensions.items.0.placements.1.mark": "C",
        "tensions.items.0.placements.1.name": "Cleo",
        "tensions.items.0.placements.1.placed": "Balanced (0)",
        "tensions.items.0.placements.1.position": 1,
        "tensions.items.0.placements.1.text": "Cleo: Balanced (0)",
        "tensions.items.0.placements.2.at": -50,
        "tensions.items.0.placements.2.mark": "S",
        "tensions.items.0.placements.2.name": "Sid",
        "tensions.items.0.placements.2.placed": "Technology-first (−50)",
        "tensions.items.0.placements.2.position": 2,
        "tensions.items.0.placements.2.text": "Sid: Technology-first (−50)",
        "tensions.items.0.reading": "one-sided",
        "tensions.items.0.readingLabel": "One-sided",
        "tensions.items.0.readingText": "The team leans one way and nobody stands on the other side, so that side’s concerns may go unheard.",
        "tensions.items.0.spread": 50,
        "tensions.items.0.unanswered": null,
        "tensions.practicesTitle": "Practices that counter it",
        "tensions.scaleEnds.product": "product-first",
        "tensions.scaleEnds.technology": "technology-first",
        "title": "Role Fit: CTO and CPO — a team of 3",
      }
    `);
  });

  it('numbers members without a name and gives everyone a unique mark', () => {
    const team = fixedTeam.map((p, i) => (i < 2 ? { ...p, name: '  ' } : { ...p, name: 'Sam Ng' }));
    const view = buildTeamView(ENGLISH_TEAM_WORDS, bank, content, team);
    expect(view.members.items.map((m) => [m.name, m.mark])).toEqual([
      ['Member 1', 'M1'],
      ['Member 2', 'M2'],
      ['Sam Ng', 'SN1'],
      ['Sam Ng', 'SN2'],
      ['Sam Ng', 'SN3'],
    ]);
  });

  it('refuses fewer than 3 or more than 12 people', () => {
    expect(() => buildTeamView(ENGLISH_TEAM_WORDS, bank, content, fixedTeam.slice(0, 2))).toThrow(
      RangeError,
    );
    const thirteen = Array.from({ length: 13 }, (_, i) => fixedTeam[i % 5]!);
    expect(() => buildTeamView(ENGLISH_TEAM_WORDS, bank, content, thirteen)).toThrow(RangeError);
  });

  it('gives the same seats, runners-up and gaps whatever order the members are in', () => {
    fc.assert(
      fc.property(fc.array(member, { minLength: 3, maxLength: 6 }), sortKeys, (team, keys) => {
        const turned = shuffle(team, keys);
        expect(seatsAndGaps(buildTeamView(ENGLISH_TEAM_WORDS, bank, content, turned))).toEqual(
          seatsAndGaps(buildTeamView(ENGLISH_TEAM_WORDS, bank, content, team)),
        );
      }),
      { numRuns: 25 },
    );
  });

  it('never loses coverage when a member joins: a competency someone covered is never a gap after', () => {
    fc.assert(
      fc.property(fc.array(member, { minLength: 3, maxLength: 5 }), member, (team, newcomer) => {
        const before = buildTeamView(ENGLISH_TEAM_WORDS, bank, content, team).grid;
        const after = buildTeamView(ENGLISH_TEAM_WORDS, bank, content, [...team, newcomer]).grid;
        after.rows.forEach((row, i) => {
          if (row.coverage === 'gap')
            expect(['gap', 'unknown']).toContain(before.rows[i]!.coverage);
        });
        after.rows.forEach((row, i) =>
          expect(row.best ?? -1).toBeGreaterThanOrEqual(before.rows[i]!.best ?? -1),
        );
      }),
      { numRuns: 25 },
    );
  });

  it('leaves a seat nobody reaches open, says so, and says what to recruit for', () => {
    const team = people('Sid=staff-engineer', 'Jo=junior-backend-developer', 'Dara=data-scientist');
    const { cto, cpo } = buildTeamView(ENGLISH_TEAM_WORDS, bank, content, team).seats;
    expect(cto.sentence).toBe('Sid is best placed for the CTO seat: 59 (Solid).');
    expect(cpo).toMatchObject({ holder: null, holderName: null, open: 'nobody-fits' });
    expect(cpo.sentence).toBe('Nobody fits the CPO seat yet: every fit for it is below 45.');
    expect(cpo.runnerUpSentence).toBe('Runner-up: Dara, 44 (Not yet).');
    expect(cpo.recruit?.sentence).toMatchInlineSnapshot(
      `"To fill the CPO seat, look for someone strong in Customer insight, Product vision and roadmap, Cross-functional leadership, Leadership, Communication, Strategic thinking and Decisions under pressure: nobody on the team is solid there yet."`,
    );
  });

  it('says plainly when another assignment is just as good', () => {
    const team = people('Dan=enterprise-cto', 'Dee=enterprise-cto', 'Cleo=consumer-app-cpo');
    const { seats } = buildTeamView(ENGLISH_TEAM_WORDS, bank, content, team);
    expect([seats.cto.holderName, seats.cpo.holderName]).toEqual(['Dan', 'Cleo']);
    expect(seats.tie).toBe('Just as good by total fit: Dee as CTO and Cleo as CPO.');
    expect(seats.cto.runnerUpSentence).toBe('Runner-up: Dee, 72 (Strong).');
  });

  it('names who stands in each camp when the team is split', () => {
    const split = buildTeamView(ENGLISH_TEAM_WORDS, bank, content, fixedTeam).tensions.items.find(
      (t) => t.reading === 'split',
    );
    expect(split?.camps).toBe(
      'The camps: Dan, Emma and Sid technology-first; Cleo and Gus product-first.',
    );
  });

  it('scores a member of an earlier bank version with that bank, and says so', () => {
    const team = [
      ...fixedTeam.slice(0, 2),
      { ...v1AnswerSet('platform-cto'), name: 'Pat', bank: v1Bank },
    ];
    const view = buildTeamView(ENGLISH_TEAM_WORDS, bank, content, team);
    expect(view.cautions.items.at(-1)).toMatch(
      /^Pat: Taken with an earlier version of the quiz \(version 1;/,
    );
    expect(view.bankNote).toBe(
      'Read with the question bank "role-fit"; the members answered versions 1 and 2, each scored with its own.',
    );
  });
});

describe.each(['es', 'de'] as const)('buildTeamView in %s', (locale) => {
  const words = teamWordsIn(locale);
  const translated = loadCurrentBank(locale);
  const inLanguage = (team: readonly TeamPerson[]) =>
    buildTeamView(words, translated, loadTranslatedPairing(translated, locale), team);
  const team = [...fixedTeam, { ...v1AnswerSet('platform-cto'), name: 'Pat', bank: v1Bank }];

  it('writes every sentence in the language: none of the English ones is left', () => {
    const text = Object.values(leaves(inLanguage(team))).join('\n');
    expect(text).toContain(fillTemplate(words.team.headers.team, { count: 6, names: '' }).trim());
    expect(englishIn(text, locale)).toEqual([]);
  });

  it('gives the same seats, grid and tensions, number for number, as in English', () => {
    expect(buildTeamJson(inLanguage(team))).toEqual(
      buildTeamJson(buildTeamView(ENGLISH_TEAM_WORDS, bank, content, team)),
    );
  });

  it('numbers unnamed members and joins names with the words of the language', () => {
    const view = inLanguage(fixedTeam.map((p, i) => (i < 2 ? { ...p, name: '' } : p)));
    const numbered = [1, 2].map((number) => fillTemplate(words.team.defaultName, { number }));
    expect(view.members.items.slice(0, 2).map((m) => m.name)).toEqual(numbered);
    expect(view.lead).toContain(`Emma${words.team.lists.and}Sid`);
  });
});
