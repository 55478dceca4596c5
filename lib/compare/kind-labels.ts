import type { PairingKind } from './classify-tension';
import { COMPARE_COPY } from './compare-copy';

const { kinds } = COMPARE_COPY;

/** The short label of each kind of pairing, as the page and every export show it. */
export const PAIRING_KIND_LABEL: Record<PairingKind, string> = {
  clash: kinds.clash.label,
  complement: kinds.complement.label,
  aligned: kinds.aligned.label,
  unknown: kinds.unknown.label,
};
