/** @vitest-environment jsdom */
import { createRef } from 'react';
import { fireEvent, render, screen } from '@testing-library/react';

import { ErrorSummary } from '@/app/_shared/error-summary';

const items = [
  { id: 'tech-01', text: 'Question 1: choose an answer' },
  { id: 'tech-02', text: 'Question 2: choose an answer' },
];

describe('the error summary', () => {
  it('renders nothing when there is no problem', () => {
    const { container } = render(<ErrorSummary title="Nothing" items={[]} onSelect={() => {}} />);
    expect(container).toBeEmptyDOMElement();
  });

  it('is an alert named by its title, with one link per problem to its field', () => {
    render(
      <ErrorSummary title="2 questions still need an answer" items={items} onSelect={() => {}} />,
    );
    const alert = screen.getByRole('alert', { name: '2 questions still need an answer' });
    const links = screen.getAllByRole('link');
    expect(links.map((link) => link.textContent)).toEqual(items.map((item) => item.text));
    expect(links.map((link) => link.getAttribute('href'))).toEqual(['#tech-01', '#tech-02']);
    expect(alert).toHaveAttribute('tabindex', '-1');
  });

  it('hands the field’s id to onSelect instead of jumping to it', () => {
    const onSelect = vi.fn();
    render(<ErrorSummary title="Problems" items={items} onSelect={onSelect} />);
    const click = fireEvent.click(screen.getByRole('link', { name: items[1]!.text }));
    expect(onSelect).toHaveBeenCalledWith('tech-02');
    expect(click).toBe(false);
  });

  it('can take focus through its ref, so a failed submit can move focus to it', () => {
    const ref = createRef<HTMLDivElement>();
    render(<ErrorSummary ref={ref} title="Problems" items={items} onSelect={() => {}} />);
    ref.current?.focus();
    expect(screen.getByRole('alert')).toHaveFocus();
  });
});
