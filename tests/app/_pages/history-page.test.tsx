/** @vitest-environment jsdom */
import { readFileSync } from 'node:fs';

import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import type { ReactNode } from 'react';

import { HistoryPage } from '@/app/_pages/history/history-page';
import { LocaleProvider } from '@/app/_shared/locale-context';
import type { Answers, Form } from '@/lib/answers/schema';
import { loadBank } from '@/lib/bank/load-bank';
import { encodeStoredEntry, makeEntry } from '@/lib/history/history-entry';
import { loadSiteWords } from '@/lib/i18n/load-site-words';
import type { Locale } from '@/lib/i18n/locales';
import { englishIn } from '@/tests/support/english-sentences';

const bank = loadBank();

/** A real person's answers from the fixtures, as the quiz would have stored them. */
function personAnswers(name: string): Answers {
  const file = `tests/fixtures/people/${name}.json`;
  return (JSON.parse(readFileSync(file, 'utf8')) as { answers: Answers }).answers;
}

function seed(results: readonly [name: string, finishedAt: string, form: Form][]) {
  for (const [name, finishedAt, form] of results) {
    const entry = makeEntry({ bank, form, answers: personAnswers(name) }, finishedAt);
    localStorage.setItem(`role-fit:history:${entry.id}`, encodeStoredEntry(entry));
  }
}

function renderIn(locale: Locale) {
  const wrapper = ({ children }: { children: ReactNode }) => (
    <LocaleProvider locale={locale}>{children}</LocaleProvider>
  );
  return render(<HistoryPage locale={locale} />, { wrapper });
}

beforeAll(() => {
  // The chart waits for its box to be measured and near the screen, which jsdom never reports.
  class Unobserving {
    observe() {}
    disconnect() {}
  }
  vi.stubGlobal('IntersectionObserver', Unobserving);
  vi.stubGlobal('ResizeObserver', Unobserving);
  // jsdom has <dialog> but cannot open or close one.
  HTMLDialogElement.prototype.showModal = function showModal(this: HTMLDialogElement) {
    this.open = true;
  };
  HTMLDialogElement.prototype.close = function close(this: HTMLDialogElement) {
    this.open = false;
  };
});

afterAll(() => {
  vi.unstubAllGlobals();
});

beforeEach(() => {
  localStorage.clear();
  // Nothing to carry over from before the history was kept.
  localStorage.setItem('role-fit:history-carried-over', '1');
});

describe('the history page in Spanish', () => {
  const words = loadSiteWords('es').history.page;

  it('says an empty history has no results yet, with no English sentence', async () => {
    const { container } = renderIn('es');
    await screen.findByRole('heading', { name: words.empty.title });
    expect(screen.getByRole('link', { name: words.empty.action })).toHaveAttribute(
      'href',
      '/es/quiz',
    );
    expect(englishIn(container.textContent, 'es')).toEqual([]);
  });

  it('lists three results with the chart’s summary and table, with no English sentence', async () => {
    seed([
      ['enterprise-cto', '2026-06-02T08:15:00.000Z', 'full'],
      ['b2b-saas-cpo', '2026-08-19T17:40:00.000Z', 'short'],
      ['data-scientist', '2026-11-28T09:30:00.000Z', 'full'],
    ]);
    const { container } = renderIn('es');
    expect(await screen.findAllByTestId('history-entry')).toHaveLength(3);
    expect(screen.getByRole('heading', { name: words.chart.title })).toBeInTheDocument();
    expect(screen.getByRole('group', { name: /^Gráfico de líneas/ })).toBeInTheDocument();
    expect(screen.getByText(words.chart.tableToggle)).toBeInTheDocument();
    expect(screen.getAllByText('Formato breve', { exact: false })).toHaveLength(1);
    const newest = within(screen.getAllByTestId('history-entry')[0]!);
    expect(newest.getByRole('link', { name: /^Abrir/ }).getAttribute('href')).toMatch(
      /^\/es\/results#/,
    );
    expect(newest.getByRole('link', { name: /^Comparar con/ }).getAttribute('href')).toMatch(
      /^\/es\/compare#/,
    );
    expect(container.textContent).toMatch(/nov 2026/);
    expect(englishIn(container.textContent, 'es')).toEqual([]);
  });

  it('says in Spanish what deleting one result and then all of them did', async () => {
    seed([
      ['enterprise-cto', '2026-06-02T08:15:00.000Z', 'full'],
      ['b2b-saas-cpo', '2026-08-19T17:40:00.000Z', 'full'],
    ]);
    const { container } = renderIn('es');
    const [first] = await screen.findAllByTestId('history-entry');
    fireEvent.click(within(first!).getByRole('button', { name: /^Eliminar/ }));
    expect(await screen.findByText(/^Se eliminó el resultado del/)).toBeInTheDocument();
    expect(englishIn(container.textContent, 'es')).toEqual([]);
    await waitFor(() => expect(screen.getAllByTestId('history-entry')).toHaveLength(1));

    fireEvent.click(screen.getByRole('button', { name: words.deleteAll.button }));
    const dialog = within(screen.getByRole('dialog', { name: words.deleteAll.title }));
    expect(dialog.getByText(/^Esto elimina para siempre el único resultado/)).toBeInTheDocument();
    expect(englishIn(container.textContent, 'es')).toEqual([]);
    fireEvent.click(dialog.getByRole('button', { name: words.deleteAll.confirm }));
    expect(
      await screen.findByText('Se eliminó el único resultado de este navegador.'),
    ).toBeInTheDocument();
    expect(englishIn(container.textContent, 'es')).toEqual([]);
  });
});

describe('the history page in German', () => {
  it('shows three results with no English sentence', async () => {
    seed([
      ['enterprise-cto', '2026-06-02T08:15:00.000Z', 'full'],
      ['b2b-saas-cpo', '2026-08-19T17:40:00.000Z', 'short'],
      ['data-scientist', '2026-11-28T09:30:00.000Z', 'full'],
    ]);
    const { container } = renderIn('de');
    expect(await screen.findAllByTestId('history-entry')).toHaveLength(3);
    expect(englishIn(container.textContent, 'de')).toEqual([]);
  });
});
