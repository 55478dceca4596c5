/** @vitest-environment jsdom */
import { render, screen, within } from '@testing-library/react';

import { HomePage } from '@/app/_pages/home/home-page';
import { loadBank } from '@/lib/bank/load-bank';
import { countQuestions, estimateMinutes } from '@/lib/quiz/estimate-minutes';

const bank = loadBank();

describe('the landing page', () => {
  it('shows how long each form takes, computed from the bank', () => {
    render(<HomePage locale="en" />);
    const lengths = within(screen.getByRole('list', { name: 'Choose your length' }));
    const [short, full] = lengths.getAllByRole('listitem');
    expect(short).toHaveTextContent(
      new RegExp(`about ${estimateMinutes(bank, 'short')} minutes?`, 'i'),
    );
    expect(short).toHaveTextContent(`${countQuestions(bank, 'short')} questions`);
    expect(full).toHaveTextContent(
      new RegExp(`about ${estimateMinutes(bank, 'full')} minutes?`, 'i'),
    );
    expect(full).toHaveTextContent(`${countQuestions(bank, 'full')} questions`);
  });

  it('links to the quiz as the primary action and to the role guide', () => {
    render(<HomePage locale="en" />);
    const starts = screen.getAllByRole('link', { name: 'Start the quiz' });
    expect(starts[0]).toHaveAttribute('href', '/quiz');
    expect(starts[0]).toHaveClass('button');
    expect(starts[0]).not.toHaveClass('button-secondary');
    expect(screen.getByRole('link', { name: 'Read the role guide' })).toHaveAttribute(
      'href',
      '/roles',
    );
  });

  it('has exactly one h1, and no heading skips a level', () => {
    const { container } = render(<HomePage locale="en" />);
    expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1);
    const levels = [...container.querySelectorAll('h1, h2, h3, h4, h5, h6')].map((h) =>
      Number(h.tagName[1]),
    );
    levels.forEach((level, i) => {
      if (i > 0) expect(level).toBeLessThanOrEqual(levels[i - 1]! + 1);
    });
  });

  it('names every competency the quiz measures, grouped by side', () => {
    render(<HomePage locale="en" />);
    const groups = {
      cto: 'Technology side',
      cpo: 'Product side',
      shared: 'Shared by both',
    } as const;
    for (const [side, title] of Object.entries(groups)) {
      const group = within(screen.getByRole('region', { name: title }));
      const names = group.getAllByRole('listitem').map((li) => li.textContent);
      expect(names).toEqual(bank.competencies.filter((c) => c.side === side).map((c) => c.name));
    }
  });

  it('promises that answers stay in the browser', () => {
    render(<HomePage locale="en" />);
    const privacy = within(screen.getByRole('region', { name: 'Your answers stay with you' }));
    expect(privacy.getByText('No account.')).toBeInTheDocument();
    expect(privacy.getByText('No tracking.')).toBeInTheDocument();
    expect(privacy.getByText('Saved only in this browser.')).toBeInTheDocument();
  });
});
