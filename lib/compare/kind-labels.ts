import type { PairingKind } from './classify-tension';
import type { CompareCopy } from './copy-schema';

/** The short label of each kind of pairing, as the page and every export show it, in `words`' language. */
export function pairingKindLabels({
  kinds,
}: Pick<CompareCopy, 'kinds'>): Record<PairingKind, string> {
  return {
    clash: kinds.clash.label,
    complement: kinds.complement.label,
    aligned: kinds.aligned.label,
    unknown: kinds.unknown.label,
  };
}
