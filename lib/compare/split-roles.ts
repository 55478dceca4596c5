import type { Lean } from '@/lib/scoring/profile';

import type { RoleSplitKind } from './schema';

/** Which of the two people (0 first, 1 second) would take each seat, or null when they are level. */
export type SeatSuggestion = { readonly cto: 0 | 1; readonly cpo: 0 | 1 } | null;

export interface RoleSplitFinding {
  readonly kind: RoleSplitKind;
  readonly seats: SeatSuggestion;
}

/**
 * How two people's leans divide the CTO and CPO seats. Whatever the kind, the person whose CTO fit
 * exceeds their CPO fit by more is suggested for the CTO seat; people with the same margin get no
 * suggestion.
 */
export function splitRoles(first: Lean, second: Lean): RoleSplitFinding {
  const roles = [first.role, second.role].sort().join('+');
  const kind: RoleSplitKind =
    roles === 'cpo+cto'
      ? 'natural-split'
      : roles === 'cto+cto'
        ? 'both-cto'
        : roles === 'cpo+cpo'
          ? 'both-cpo'
          : roles === 'balanced+balanced'
            ? 'both-balanced'
            : 'one-flexible';
  const seats: SeatSuggestion =
    first.margin === second.margin
      ? null
      : first.margin > second.margin
        ? { cto: 0, cpo: 1 }
        : { cto: 1, cpo: 0 };
  return { kind, seats };
}
