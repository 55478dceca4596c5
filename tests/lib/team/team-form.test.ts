import { encodeTeamCode } from '@/lib/codecs/team-code';
import { loadSiteWords } from '@/lib/i18n/load-site-words';
import {
  describeTeamSize,
  EMPTY_TEAM_START,
  startFromTeam,
  startFromTeamCode,
  TEAM_COPY,
} from '@/lib/team';

describe('startFromTeam', () => {
  it('fills the form with each member’s result link and name', () => {
    const rows = startFromTeam(
      [
        { code: '1.2.f.AAA.xy', name: 'Ana' },
        { code: '1.2.s.BBB.zz', name: '' },
      ],
      'https://role-fit.example/results',
    );
    expect(rows).toEqual([
      { link: 'https://role-fit.example/results#1.2.f.AAA.xy', name: 'Ana' },
      { link: 'https://role-fit.example/results#1.2.s.BBB.zz', name: '' },
    ]);
  });
});

describe('startFromTeamCode', () => {
  it('keeps every link and name of a team code, good or damaged', () => {
    const code = encodeTeamCode([
      { code: 'good.code', name: 'Ana' },
      { code: 'damaged', name: 'Ben' },
      { code: 'other', name: '' },
      { code: 'fourth', name: 'Dee' },
    ]);
    expect(startFromTeamCode(code)).toEqual([
      { link: 'good.code', name: 'Ana' },
      { link: 'damaged', name: 'Ben' },
      { link: 'other', name: '' },
      { link: 'fourth', name: 'Dee' },
    ]);
  });

  it('drops a damaged name but keeps its link', () => {
    expect(startFromTeamCode('t1.3~a!%E0~b~c')[0]).toEqual({ link: 'a', name: '' });
  });

  it('puts a single result in the first row and pads the form to a team’s smallest size', () => {
    expect(startFromTeamCode('1.2.f.AAA.xy', true)).toEqual([
      { link: '1.2.f.AAA.xy', name: '' },
      { link: '', name: '' },
      { link: '', name: '' },
    ]);
  });

  it('starts empty from text that is not a team code', () => {
    expect(startFromTeamCode('hello')).toEqual(EMPTY_TEAM_START);
  });
});

describe('describeTeamSize', () => {
  const english = TEAM_COPY.form;

  it('says when a team is too small or too big, and nothing between 3 and 12', () => {
    expect(describeTeamSize(english, 2)).toBe('A team map needs at least 3 people.');
    expect(describeTeamSize(english, 13)).toBe('A team map holds at most 12 people.');
    expect([3, 7, 12].map((count) => describeTeamSize(english, count))).toEqual([null, null, null]);
  });

  it('says it in the language of the words it is given, with the same limits', () => {
    const { form } = loadSiteWords('es').team;
    expect(describeTeamSize(form, 2)).toBe('Un mapa de equipo necesita al menos 3 personas.');
    expect(describeTeamSize(loadSiteWords('de').team.form, 13)).toBe(
      'Eine Teamkarte fasst höchstens 12 Personen.',
    );
  });
});
