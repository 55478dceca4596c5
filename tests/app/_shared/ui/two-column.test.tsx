/** @vitest-environment jsdom */
import { render, screen } from '@testing-library/react';

import { TwoColumn } from '@/app/_shared/ui/two-column';

describe('TwoColumn', () => {
  it('can be a list, so a grid of cards is announced as a list', () => {
    render(
      <TwoColumn as="ul" aria-label="Entries">
        <li>One</li>
        <li>Two</li>
      </TwoColumn>,
    );
    expect(screen.getByRole('list', { name: 'Entries' }).children).toHaveLength(2);
  });

  it('adds a class when the first column leans wider', () => {
    render(
      <>
        <TwoColumn data-testid="even" />
        <TwoColumn data-testid="lean" lean="start" />
      </>,
    );
    expect(screen.getByTestId('lean').className.split(' ')).toHaveLength(
      screen.getByTestId('even').className.split(' ').length + 1,
    );
  });
});
