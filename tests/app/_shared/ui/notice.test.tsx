/** @vitest-environment jsdom */
import { render, screen } from '@testing-library/react';

import { Notice } from '@/app/_shared/ui/notice';

describe('Notice', () => {
  it('has no live role unless told, so a notice present on load is not announced twice', () => {
    render(<Notice data-testid="n">Saved in this browser.</Notice>);
    expect(screen.getByTestId('n')).not.toHaveAttribute('role');
  });

  it('is a status when news arrives, and an alert for a problem', () => {
    render(
      <>
        <Notice role="status" tone="success">
          Imported.
        </Notice>
        <Notice role="alert" tone="danger">
          This file cannot be read.
        </Notice>
      </>,
    );
    expect(screen.getByRole('status')).toHaveTextContent('Imported.');
    expect(screen.getByRole('alert')).toHaveTextContent('This file cannot be read.');
  });

  it('gives each tone a class of its own and keeps the caller’s', () => {
    const { container } = render(
      <>
        <Notice>i</Notice>
        <Notice tone="warning">w</Notice>
        <Notice tone="danger" className="extra">
          d
        </Notice>
      </>,
    );
    const [info, warning, danger] = Array.from(container.children);
    expect(info?.className).not.toBe(warning?.className);
    expect(danger).toHaveClass('extra');
  });
});
