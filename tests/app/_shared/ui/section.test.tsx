/** @vitest-environment jsdom */
import { render, screen } from '@testing-library/react';

import { Section } from '@/app/_shared/ui/section';

describe('Section', () => {
  it('is a region named by its level-two heading', () => {
    render(
      <Section titleId="learn-title" title="What you will learn">
        <p>Body</p>
      </Section>,
    );
    const region = screen.getByRole('region', { name: 'What you will learn' });
    expect(screen.getByRole('heading', { level: 2, name: 'What you will learn' })).toHaveAttribute(
      'id',
      'learn-title',
    );
    expect(region).toHaveTextContent('Body');
  });

  it('uses a level-three heading inside another part, and shows its lead under the heading', () => {
    render(<Section titleId="inner" title="Inner" level={3} lead="What this holds." />);
    const heading = screen.getByRole('heading', { level: 3, name: 'Inner' });
    expect(heading.nextElementSibling).toHaveTextContent('What this holds.');
    expect(screen.queryByRole('heading', { level: 2 })).toBeNull();
  });

  it('has no lead paragraph unless given one, and passes other props to the section', () => {
    render(
      <Section titleId="plain" id="anchor" title="Plain" data-testid="plain" className="extra" />,
    );
    const section = screen.getByTestId('plain');
    expect(section.querySelector('p')).toBeNull();
    expect(section).toHaveClass('extra');
    expect(section).toHaveAttribute('id', 'anchor');
  });
});
