import type { Answers, Form } from '@/lib/answers/schema';
import type { StepTiming } from '@/lib/scoring/profile';

/** Raised when the shape of saved progress changes, so older saves are recognised as such. */
export const PROGRESS_FORMAT = 1;

/** Quiz progress as kept in the browser between visits. */
export interface SavedProgress {
  readonly form: Form;
  readonly answers: Answers;
  /** The step the person was on. */
  readonly step: number;
  readonly finished: boolean;
  /**
   * How long each statement step took, one entry per step answered; absent in saves made before
   * timing was kept, which load all the same.
   */
  readonly timing?: readonly StepTiming[];
}

export interface BankStamp {
  readonly id: string;
  readonly version: number;
}

/** Serialises progress, stamped with the format and the bank it was answered against. */
export function encodeSavedProgress(bank: BankStamp, progress: SavedProgress): string {
  return JSON.stringify({
    format: PROGRESS_FORMAT,
    bank: { id: bank.id, version: bank.version },
    ...progress,
  });
}
