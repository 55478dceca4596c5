import { formatTable } from '@/scripts/audit/format-table';

describe('formatTable', () => {
  it('pads a Markdown table, figures to the right and text to the left', () => {
    const table = formatTable(
      ['page', 'perf', 'budget'],
      [
        ['/', '100', 'ok'],
        ['/roles', '91 ✗', 'FAIL'],
      ],
      ['left', 'right', 'left'],
    );
    expect(table).toMatchInlineSnapshot(`
      "| page   | perf | budget |
      |--------|-----:|--------|
      | /      |  100 | ok     |
      | /roles | 91 ✗ | FAIL   |"
    `);
  });
});
