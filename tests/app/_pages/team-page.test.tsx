/** @vitest-environment jsdom */
import { render, screen } from '@testing-library/react';

import { LocaleProvider } from '@/app/_shared/locale-context';
import { TeamPage } from '@/app/_pages/team/team-page';
import { encodeShareCode } from '@/lib/codecs/share-code';
import { encodeTeamCode } from '@/lib/codecs/team-code';
import { loadSiteWords } from '@/lib/i18n/load-site-words';
import { loadCurrentBank } from '@/lib/i18n/load-translated-bank';
import { loadTranslatedPairing } from '@/lib/i18n/load-translated-guides';
import { buildTeamView } from '@/lib/team/build-team-view';
import { fixedTeam } from '@/tests/lib/team/fixed-team';
import { teamWordsIn } from '@/tests/lib/team/team-words';
import { englishIn } from '@/tests/support/english-sentences';

const three = fixedTeam.slice(0, 3);

/** The team page in `locale`, opened at `#hash`. */
function openTeamPage(locale: 'es' | 'de', hash = '') {
  window.location.hash = hash;
  return render(
    <LocaleProvider locale={locale}>
      <TeamPage locale={locale} />
    </LocaleProvider>,
  );
}

afterEach(() => {
  window.location.hash = '';
});

describe.each(['es', 'de'] as const)('the team page in %s', (locale) => {
  const { team } = loadSiteWords(locale);
  const bank = loadCurrentBank(locale);

  it('shows its empty form without an English sentence', async () => {
    const { container } = openTeamPage(locale);
    await screen.findByRole('button', { name: team.form.submit });
    expect(container.textContent).toContain(team.framing);
    expect(englishIn(container.textContent, locale)).toEqual([]);
  });

  it('maps a team of three from its link without an English sentence, as the engine reads it', async () => {
    const code = encodeTeamCode(
      three.map((p) => ({
        code: encodeShareCode(bank, { form: p.form, answers: p.answers }),
        name: p.name ?? '',
      })),
    );
    const view = buildTeamView(
      teamWordsIn(locale),
      bank,
      loadTranslatedPairing(bank, locale),
      three,
    );
    const { container } = openTeamPage(locale, code);
    await screen.findByRole('heading', { name: team.export.heading });
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(view.title);
    expect(screen.getByTestId('seat-cto')).toHaveTextContent(view.seats.cto.sentence);
    expect(container.textContent).toContain(view.grid.summary);
    expect(englishIn(container.textContent, locale)).toEqual([]);
  });
});
