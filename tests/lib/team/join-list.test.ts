import { loadSiteWords } from '@/lib/i18n/load-site-words';
import { TEAM_COPY } from '@/lib/team/team-copy';
import { joinList } from '@/lib/team/join-list';

describe('joinList', () => {
  it('lists one, two and three items the way an English sentence does', () => {
    const { lists } = TEAM_COPY;
    expect(joinList(lists, [])).toBe('');
    expect(joinList(lists, ['Ana'])).toBe('Ana');
    expect(joinList(lists, ['Ana', 'Ben'])).toBe('Ana and Ben');
    expect(joinList(lists, ['Ana', 'Ben', 'Chi'])).toBe('Ana, Ben and Chi');
  });

  it('joins the last two with the word of the language it is given', () => {
    expect(joinList(loadSiteWords('es').team.lists, ['Ana', 'Ben', 'Chi'])).toBe('Ana, Ben y Chi');
    expect(joinList(loadSiteWords('de').team.lists, ['Ana', 'Ben'])).toBe('Ana und Ben');
  });
});
