/** @vitest-environment jsdom */
import { render, screen, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';

import { LocaleProvider } from '@/app/_shared/locale-context';
import { PageWordsProvider } from '@/app/_shared/page-words';
import { ResultsView } from '@/app/_pages/results/results-view';
import { encodeShareCode } from '@/lib/codecs/share-code';
import { loadSiteWords } from '@/lib/i18n/load-site-words';
import { loadCurrentBank } from '@/lib/i18n/load-translated-bank';
import type { Locale } from '@/lib/i18n/locales';
import { loadBankVersion } from '@/lib/bank/load-bank';
import { loadTranslatedBank } from '@/lib/i18n/load-translated-bank';
import { changedEnglishTexts } from '@/tests/support/changed-english-texts';
import { englishIn } from '@/tests/support/english-sentences';
import { readFileSync } from 'node:fs';

vi.mock('next/navigation', () => ({ useRouter: () => ({ push: vi.fn() }) }));
// jsdom lays nothing out and scrolls nothing; the charts watch both.
class NoObserver {
  observe() {}
  unobserve() {}
  disconnect() {}
  takeRecords() {
    return [];
  }
}
vi.stubGlobal('ResizeObserver', NoObserver);
vi.stubGlobal('IntersectionObserver', NoObserver);

function pageIn(locale: Locale) {
  return function Page({ children }: { children: ReactNode }) {
    return (
      <LocaleProvider locale={locale}>
        <PageWordsProvider words={loadSiteWords(locale)}>{children}</PageWordsProvider>
      </LocaleProvider>
    );
  };
}

const spanish = loadCurrentBank('es');
const answers = Object.fromEntries(
  spanish.questions.map((q) => [q.id, q.type === 'choice' ? q.options[0]!.id : 4]),
);

describe('the results page in Spanish', () => {
  afterEach(() => {
    window.location.hash = '';
    localStorage.clear();
  });

  it('says there is no result yet in Spanish, with no English sentence', async () => {
    const { container } = render(<ResultsView bank={spanish} />, { wrapper: pageIn('es') });
    await screen.findByText(loadSiteWords('es').result.page.nothingYet);
    expect(englishIn(container.textContent ?? '', 'es')).toEqual([]);
  });

  it('shows a shared result in Spanish, with no English sentence', async () => {
    window.location.hash = encodeShareCode(spanish, { form: 'full', answers });
    const { container } = render(<ResultsView bank={spanish} />, { wrapper: pageIn('es') });
    const words = loadSiteWords('es').result.page;
    await screen.findByRole('button', { name: words.actions.print });
    expect(screen.getByRole('heading', { name: words.export.title })).toBeInTheDocument();
    expect(englishIn(container.textContent ?? '', 'es')).toEqual([]);
  });

  it("shows a result of bank version 1 with version 1's Spanish words", async () => {
    const codes = JSON.parse(readFileSync('tests/fixtures/v1/codes.json', 'utf8')) as {
      shareFull: { code: string };
    };
    window.location.hash = codes.shareFull.code;
    const { container } = render(<ResultsView bank={spanish} />, { wrapper: pageIn('es') });
    // The sections below the verdict render in slices, after it.
    const v1Spanish = loadTranslatedBank(1, 'es');
    await waitFor(() => expect(container.textContent).toContain(v1Spanish?.competencies[0]?.name), {
      timeout: 5000,
    });
    const text = container.textContent ?? '';
    const v1English = changedEnglishTexts(loadBankVersion(1), loadTranslatedBank(1, 'es'));
    expect(v1English.filter((sentence) => text.includes(sentence))).toEqual([]);
    expect(englishIn(text, 'es')).toEqual([]);
  });
});
