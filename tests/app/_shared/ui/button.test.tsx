/** @vitest-environment jsdom */
import { fireEvent, render, screen } from '@testing-library/react';

import { Button } from '@/app/_shared/ui/button';
import { LinkButton } from '@/app/_shared/ui/link-button';

describe('Button', () => {
  it('never submits a form unless it says so', () => {
    render(<Button>Copy</Button>);
    expect(screen.getByRole('button', { name: 'Copy' })).toHaveAttribute('type', 'button');
  });

  it('passes events and attributes through', () => {
    const onClick = vi.fn();
    render(
      <Button type="submit" onClick={onClick} disabled={false} aria-describedby="hint">
        Compare
      </Button>,
    );
    const button = screen.getByRole('button', { name: 'Compare' });
    fireEvent.click(button);
    expect(onClick).toHaveBeenCalledOnce();
    expect(button).toHaveAttribute('type', 'submit');
    expect(button).toHaveAttribute('aria-describedby', 'hint');
  });

  it('draws the primary and secondary variants with the site’s button classes', () => {
    render(
      <>
        <Button>Primary</Button>
        <Button variant="secondary" className="extra">
          Secondary
        </Button>
      </>,
    );
    expect(screen.getByRole('button', { name: 'Primary' })).toHaveClass('button');
    expect(screen.getByRole('button', { name: 'Primary' })).not.toHaveClass('button-secondary');
    expect(screen.getByRole('button', { name: 'Secondary' })).toHaveClass(
      'button',
      'button-secondary',
      'extra',
    );
  });

  it('draws the link variant without the button look', () => {
    render(<Button variant="link">Change</Button>);
    expect(screen.getByRole('button', { name: 'Change' })).not.toHaveClass('button');
  });
});

describe('LinkButton', () => {
  it('is a link drawn as a button', () => {
    render(
      <LinkButton href="/roles" variant="secondary">
        Read the role guide
      </LinkButton>,
    );
    const link = screen.getByRole('link', { name: 'Read the role guide' });
    expect(link).toHaveAttribute('href', '/roles');
    expect(link).toHaveClass('button', 'button-secondary');
  });
});
