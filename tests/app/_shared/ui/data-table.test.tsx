/** @vitest-environment jsdom */
import { fireEvent, render, screen, within } from '@testing-library/react';

import { DataTable } from '@/app/_shared/ui/data-table';

const props = {
  toggle: 'Show the chart as a table',
  caption: 'Competency scores and role ideals',
  columns: ['Competency', 'Your score', 'CTO ideal'],
  rows: [
    { key: 'a', header: 'Technology strategy', cells: [72, 95] },
    { key: 'b', header: 'Pricing', cells: ['not measured', 20] },
  ],
};

describe('a data table', () => {
  it('is folded away under its toggle until opened', () => {
    render(<DataTable {...props} />);
    const details = screen.getByText(props.toggle).closest('details');
    expect(details).not.toHaveAttribute('open');
    fireEvent.click(screen.getByText(props.toggle));
    expect(details).toHaveAttribute('open');
  });

  it('is a table named by its caption, with a header per column and a header per row', () => {
    render(<DataTable {...props} />);
    const table = screen.getByRole('table', { name: props.caption, hidden: true });
    const columnHeaders = within(table).getAllByRole('columnheader', { hidden: true });
    expect(columnHeaders.map((th) => th.textContent)).toEqual(props.columns);
    const rowHeaders = within(table).getAllByRole('rowheader', { hidden: true });
    expect(rowHeaders.map((th) => th.textContent)).toEqual(['Technology strategy', 'Pricing']);
  });

  it('puts each value in its column, in order', () => {
    render(<DataTable {...props} />);
    const rows = screen.getAllByRole('row', { hidden: true }).slice(1);
    expect(rows.map((row) => [...row.querySelectorAll('td')].map((td) => td.textContent))).toEqual([
      ['72', '95'],
      ['not measured', '20'],
    ]);
  });
});

describe('a data table without a toggle', () => {
  it('is shown open, with no disclosure', () => {
    const { container } = render(
      <DataTable caption={props.caption} columns={props.columns} rows={props.rows} />,
    );
    expect(container.querySelector('details')).toBeNull();
    expect(screen.getByRole('table', { name: props.caption })).toBeVisible();
  });
});
