/** @vitest-environment jsdom */
import { act, fireEvent, render, screen } from '@testing-library/react';

import { useExportTasks } from '@/app/_shared/use-export-tasks';
import { EnglishPageWords } from '@/tests/support/english-page-words';

/** Two export buttons and a status line, as the export panels render them. */
function Panel({ work }: { work: Record<'a' | 'b', () => Promise<string>> }) {
  const { busy, status, run, button } = useExportTasks<'a' | 'b'>();
  return (
    <>
      {button('Export A', () => run('a', work.a, 'A failed.'))}
      {button('Export B', () => run('b', work.b, 'B failed.'))}
      <p role="status" data-busy={busy ?? ''}>
        {status}
      </p>
    </>
  );
}

/** A task that finishes when the test says so. */
function pending() {
  let finish!: (sentence: string) => void;
  let fail!: (error: Error) => void;
  const promise = new Promise<string>((resolve, reject) => {
    finish = resolve;
    fail = reject;
  });
  return { task: () => promise, finish, fail };
}

describe('useExportTasks', () => {
  it('disables every button and says it is preparing while one task works', async () => {
    const a = pending();
    render(<Panel work={{ a: a.task, b: async () => 'B done.' }} />, { wrapper: EnglishPageWords });
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Export A' })));
    expect(screen.getByRole('button', { name: 'Export A' })).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Export B' })).toBeDisabled();
    expect(screen.getByRole('status')).toHaveTextContent('Preparing…');
    expect(screen.getByRole('status')).toHaveAttribute('data-busy', 'a');

    await act(async () => a.finish('Saved a.md to your downloads.'));
    expect(screen.getByRole('status')).toHaveTextContent('Saved a.md to your downloads.');
    expect(screen.getByRole('button', { name: 'Export B' })).toBeEnabled();
  });

  it('says the task’s own failure sentence when it throws, and lets the person try again', async () => {
    const a = pending();
    render(<Panel work={{ a: a.task, b: async () => 'B done.' }} />, { wrapper: EnglishPageWords });
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Export A' })));
    await act(async () => a.fail(new Error('no space left')));
    expect(screen.getByRole('status')).toHaveTextContent('A failed.');
    expect(screen.getByRole('button', { name: 'Export A' })).toBeEnabled();

    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Export B' })));
    expect(screen.getByRole('status')).toHaveTextContent('B done.');
  });

  it('clears the last sentence when a new task starts', async () => {
    const b = pending();
    render(<Panel work={{ a: async () => 'A done.', b: b.task }} />, { wrapper: EnglishPageWords });
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Export A' })));
    expect(screen.getByRole('status')).toHaveTextContent('A done.');
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Export B' })));
    expect(screen.getByRole('status')).not.toHaveTextContent('A done.');
    await act(async () => b.finish('B done.'));
    expect(screen.getByRole('status')).toHaveTextContent('B done.');
  });
});
