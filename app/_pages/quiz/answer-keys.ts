import type { KeyboardEvent } from 'react';

/** Moves focus to a question: its chosen option, else its first one, else `fallback(id)`. */
export function focusQuestion(questionId: string, fallback: (id: string) => void): void {
  const fieldset = document.getElementById(questionId);
  const radio =
    fieldset?.querySelector<HTMLInputElement>('input:checked') ??
    fieldset?.querySelector<HTMLInputElement>('input[type=radio]');
  if (radio) radio.focus();
  else fallback(questionId);
}

/** Keys 1–5 (1–4 for scenarios) answer the focused question, then focus moves on. */
export function answerByKey(
  event: KeyboardEvent<HTMLFieldSetElement>,
  fallback: (id: string) => void,
): void {
  if (event.altKey || event.ctrlKey || event.metaKey || !/^[1-9]$/.test(event.key)) return;
  const fieldset = event.currentTarget;
  const radio =
    fieldset.querySelectorAll<HTMLInputElement>('input[type=radio]')[Number(event.key) - 1];
  if (!radio) return;
  event.preventDefault();
  if (!radio.checked) radio.click();
  const all = Array.from(fieldset.form?.querySelectorAll('fieldset') ?? []);
  const next = all[all.indexOf(fieldset) + 1];
  if (next) focusQuestion(next.id, fallback);
  else fieldset.form?.querySelector<HTMLButtonElement>('button[type=submit]')?.focus();
}

/** Enter on an option goes on, as the submit button would. */
export function isEnterOnOption(event: KeyboardEvent<HTMLFormElement>): boolean {
  const target = event.target as HTMLElement;
  return event.key === 'Enter' && target instanceof HTMLInputElement && target.type === 'radio';
}
