/** @vitest-environment jsdom */
import { render, screen, waitFor } from '@testing-library/react';

import { ComparePage } from '@/app/_pages/compare/compare-page';
import { LocaleProvider } from '@/app/_shared/locale-context';
import { loadBank } from '@/lib/bank/load-bank';
import { encodeCompareCode } from '@/lib/codecs/compare-code';
import { encodeShareCode } from '@/lib/codecs/share-code';
import { fillTemplate } from '@/lib/copy/fill-template';
import { loadSiteWords } from '@/lib/i18n/load-site-words';
import type { Locale } from '@/lib/i18n/locales';
import { fixedPair } from '@/tests/lib/export/fixed-pair';
import { englishIn, englishSentences } from '@/tests/support/english-sentences';

const bank = loadBank();
const [alex, sam] = fixedPair(bank);
const shareCode = (person: typeof alex) =>
  encodeShareCode(bank, { form: person.form, answers: person.answers });
const compareCode = encodeCompareCode([shareCode(alex), shareCode(sam)], ['', '']);

/** The page as the layout renders it in `locale`, opened at `#hash`. */
function openPage(locale: Locale, hash = '') {
  window.history.replaceState(null, '', `/${locale}/compare${hash ? `#${hash}` : ''}`);
  return render(
    <LocaleProvider locale={locale}>
      <ComparePage locale={locale} />
    </LocaleProvider>,
  );
}

beforeAll(() => {
  // jsdom lays nothing out: the charts keep their empty boxes, which is all these tests need.
  class Unobserved {
    observe() {}
    unobserve() {}
    disconnect() {}
  }
  vi.stubGlobal('ResizeObserver', Unobserved);
  vi.stubGlobal('IntersectionObserver', Unobserved);
  vi.spyOn(window, 'scrollTo').mockImplementation(() => {});
});

afterAll(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe.each(['es', 'de'] as const)('the comparison page in %s', (locale) => {
  const words = loadSiteWords(locale).compare;

  it('has English sentences to look for, or the checks below would prove nothing', () => {
    expect(englishSentences(locale).length).toBeGreaterThan(500);
  });

  it('shows the empty form in the language, without an English sentence', async () => {
    const { container } = openPage(locale);
    await screen.findByRole('button', { name: words.form.submit });
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(words.headers.intro.title);
    expect(englishIn(container.textContent, locale)).toEqual([]);
  });

  it('starts the form with one result in the language', async () => {
    const { container } = openPage(locale, shareCode(alex));
    await screen.findByRole('heading', { level: 1, name: words.headers.withOneResult.title });
    expect(englishIn(container.textContent, locale)).toEqual([]);
  });

  it('shows a comparison of two results in the language, down to its exports', async () => {
    const { container } = openPage(locale, compareCode);
    await screen.findByRole('heading', { name: words.export.heading });
    expect(screen.getByRole('heading', { name: words.fits.heading })).toBeInTheDocument();
    expect(screen.getByText(words.defaultNames.a, { selector: 'h3' })).toBeInTheDocument();
    const openResult = fillTemplate(words.fits.openResult, { name: words.defaultNames.a });
    expect(screen.getByRole('link', { name: openResult })).toHaveAttribute(
      'href',
      `/${locale}/results#${shareCode(alex)}`,
    );
    expect(englishIn(container.textContent, locale)).toEqual([]);
  });

  it('shows the same fits as in English', async () => {
    openPage(locale, compareCode);
    await screen.findByRole('heading', { name: words.export.heading });
    const fits = screen.getAllByTestId(/^fit-/).map((fit) => fit.textContent);
    expect(fits).toHaveLength(4);
    document.body.innerHTML = '';
    openPage('en', compareCode);
    await screen.findByRole('heading', { name: loadSiteWords('en').compare.export.heading });
    await waitFor(() =>
      expect(screen.getAllByTestId(/^fit-/).map((fit) => fit.textContent)).toEqual(fits),
    );
  });
});
