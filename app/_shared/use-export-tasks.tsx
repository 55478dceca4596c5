'use client';

import { useState } from 'react';

import { COMMON_COPY } from '@/lib/report/copy/common-copy';

/** What the status line says when a file could not be made, on every export panel. */
export const FILE_FAILURE = COMMON_COPY.exports.failure;

/**
 * The state of a row of export buttons: which task is working (every button waits while one
 * does), and the sentence the last one left for the status line. A task returns its success
 * sentence; if it throws, the status says `failure` instead.
 */
export function useExportTasks<Task extends string>() {
  const [busy, setBusy] = useState<Task | null>(null);
  const [status, setStatus] = useState('');

  const run = async (task: Task, work: () => Promise<string>, failure: string) => {
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

  return { busy, status: busy === null ? status : COMMON_COPY.exports.preparing, run, button };
}
