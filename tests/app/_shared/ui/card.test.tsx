/** @vitest-environment jsdom */
import { render, screen } from '@testing-library/react';

import { Card } from '@/app/_shared/ui/card';

describe('Card', () => {
  it('renders a div by default and passes its props through', () => {
    render(
      <Card data-testid="card" id="first" aria-label="First">
        Body
      </Card>,
    );
    const card = screen.getByTestId('card');
    expect(card.tagName).toBe('DIV');
    expect(card).toHaveAttribute('id', 'first');
    expect(card).toHaveTextContent('Body');
  });

  it('stays a list item inside a list when asked, keeping the caller’s class', () => {
    render(
      <ul>
        <Card as="li" className="extra">
          One
        </Card>
      </ul>,
    );
    const item = screen.getByRole('listitem');
    expect(item).toHaveClass('extra');
    expect(item.className.split(' ')).toHaveLength(2);
  });
});
