'use client';

import { useState } from 'react';

import { useWords } from './page-words';

/**
 * The state of a row of export buttons: which task is working (every button waits while one
 * does), and the sentence the last one left for the status line. A task returns its success
 * sentence; if it throws, the status says `failure` instead (by default, that the file could not be
 * made).
 */
export function useExportTasks<Task extends string>() {
  const { exports } = useWords('common');
  const [busy, setBusy] = useState<Task | null>(null);
  const [status, setStatus] = useState('');

  const run = async (task: Task, work: () => Promise<string>, failure = exports.failure) => {
    setBusy(task);
    setStatus('');
    try {
      setStatus(await work());
    } catch {
      setStatus(failure);
    } finally {
      setBusy(null);
    }
  };

  /** A secondary button that starts `action`, disabled while any task is working. */
  const button = (label: string, action: () => Promise<void>) => (
    <button
      type="button"
      className="button button-secondary"
      disabled={busy !== null}
      onClick={() => void action()}
    >
      {label}
    </button>
  );

  return { busy, status: busy === null ? status : exports.preparing, run, button };
}
