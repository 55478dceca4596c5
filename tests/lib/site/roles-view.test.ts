import { loadBank } from '@/lib/bank/load-bank';
import { estimateMinutes } from '@/lib/quiz/estimate-minutes';
import { CHROME_COPY } from '@/lib/site/copy/chrome-copy';
import { ROLES_COPY } from '@/lib/site/copy/roles-copy';
import { buildRolesView } from '@/lib/site/roles-view';

const bank = loadBank();
const view = buildRolesView(bank, { roles: ROLES_COPY, chrome: CHROME_COPY });

describe('buildRolesView', () => {
  it('links each section of the page, in order', () => {
    expect(view.toc.map((entry) => entry.id)).toEqual([
      'cto',
      'cpo',
      'shared',
      'tensions',
      'together',
    ]);
  });

  it('counts the tensions in words and gives both forms their length', () => {
    expect(view.tensionsLead).toContain(
      `the same ${CHROME_COPY.numberWords[bank.tensions.length]} tensions`,
    );
    expect(view.closing).toContain(`about ${estimateMinutes(bank, 'short')} minutes`);
    expect(view.closing).toContain(`about ${estimateMinutes(bank, 'full')} minutes`);
  });

  it('lists the competencies both roles share, and only those', () => {
    expect(view.shared.length).toBeGreaterThan(0);
    expect(view.shared.every((c) => c.side === 'shared')).toBe(true);
  });

  it('says one minute in the singular', () => {
    const oneMinute = { ...bank, questions: bank.questions.slice(0, 1) };
    expect(buildRolesView(oneMinute, { roles: ROLES_COPY, chrome: CHROME_COPY }).closing).toContain(
      'about 1 minute,',
    );
  });
});
