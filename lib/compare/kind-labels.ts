import type { PairingKind } from './classify-tension';

/** The short label of each kind of pairing, as the page and every export show it. */
export const PAIRING_KIND_LABEL: Record<PairingKind, string> = {
  clash: 'Likely clash',
  complement: 'Complement',
  aligned: 'Aligned',
  unknown: 'Not enough answers',
};
