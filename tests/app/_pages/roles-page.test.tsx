/** @vitest-environment jsdom */
import { render, screen, within } from '@testing-library/react';

import { RolesPage, rolesMetadata } from '@/app/_pages/roles/roles-page';

const metadata = rolesMetadata('en');
import { loadBank } from '@/lib/bank/load-bank';
import { loadGuide } from '@/lib/guide/load-guide';

const bank = loadBank();
const guide = loadGuide();

describe('the role guide page', () => {
  it('lists every responsibility of both roles, each under its own role', () => {
    render(<RolesPage locale="en" />);
    for (const role of guide.roles) {
      const column = within(screen.getByRole('article', { name: new RegExp(role.title) }));
      for (const line of role.responsibilities) {
        expect(column.getByText(line.text)).toBeInTheDocument();
      }
    }
  });

  it('reads the CTO column before the CPO column', () => {
    render(<RolesPage locale="en" />);
    const titles = screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent);
    expect(titles.indexOf('Chief Technology Officer (CTO)')).toBeLessThan(
      titles.indexOf('Chief Product Officer (CPO)'),
    );
  });

  it('names every tension from the bank', () => {
    render(<RolesPage locale="en" />);
    expect(bank.tensions).toHaveLength(6);
    for (const tension of bank.tensions) {
      expect(screen.getByRole('heading', { level: 3, name: tension.name })).toBeInTheDocument();
    }
  });

  it('shows each tension with both sides, its resolution and its practices', () => {
    render(<RolesPage locale="en" />);
    for (const tension of bank.tensions) {
      const section = within(screen.getByRole('article', { name: tension.name }));
      expect(section.getByText(tension.techSide)).toBeInTheDocument();
      expect(section.getByText(tension.productSide)).toBeInTheDocument();
      expect(section.getByText(tension.resolution)).toBeInTheDocument();
      for (const practice of tension.practices) {
        expect(section.getByText(practice)).toBeInTheDocument();
      }
    }
  });

  it('includes what the roles share and every collaboration practice', () => {
    render(<RolesPage locale="en" />);
    expect(screen.getByText(guide.sharedGround)).toBeInTheDocument();
    for (const practice of guide.collaboration) {
      expect(screen.getByRole('heading', { name: practice.name })).toBeInTheDocument();
    }
  });

  it('has exactly one h1 and ends with a link to the quiz', () => {
    render(<RolesPage locale="en" />);
    expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1);
    const links = screen.getAllByRole('link');
    expect(links.at(-1)).toHaveAttribute('href', '/quiz');
  });

  it('has its own title and description for search engines', () => {
    expect(metadata.title).toBe('Role guide');
    expect(metadata.description).toMatch(/Chief Technology Officer/);
  });
});
