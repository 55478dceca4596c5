import type { QuestionBank } from '@/lib/bank/schema';
import type { FitProfile, TensionLabel } from '@/lib/scoring/profile';

import { formatSigned } from './format-number';

/** One tension as the results page shows it: the bank's words and where the person sits. */
export interface TensionRow {
  readonly id: string;
  readonly name: string;
  readonly summary: string;
  readonly techSide: string;
  readonly productSide: string;
  readonly resolution: string;
  readonly practices: readonly string[];
  /** −100 technology-first … +100 product-first, or null when unanswered. */
  readonly position: number | null;
  readonly label: TensionLabel | null;
  /** e.g. "Technology-first (−60)", "Balanced (0)", "Not measured". */
  readonly placement: string;
  readonly answered: number;
  readonly total: number;
}

const LABEL_WORDS: Record<TensionLabel, string> = {
  'technology-first': 'Technology-first',
  balanced: 'Balanced',
  'product-first': 'Product-first',
};

/** Where a position sits, in words and as a signed number. */
export function describePlacement(position: number | null, label: TensionLabel | null): string {
  if (position === null || label === null) return 'Not measured';
  return `${LABEL_WORDS[label]} (${formatSigned(position)})`;
}

/** Every tension of the bank, in bank order, with the person's position on it. */
export function describeTensions(bank: QuestionBank, profile: FitProfile): TensionRow[] {
  const positions = new Map(profile.tensions.map((t) => [t.id, t]));
  return bank.tensions.map((tension) => {
    const placed = positions.get(tension.id);
    const position = placed?.position ?? null;
    const label = placed?.label ?? null;
    return {
      id: tension.id,
      name: tension.name,
      summary: tension.summary,
      techSide: tension.techSide,
      productSide: tension.productSide,
      resolution: tension.resolution,
      practices: tension.practices,
      position,
      label,
      placement: describePlacement(position, label),
      answered: placed?.answered ?? 0,
      total: placed?.total ?? 0,
    };
  });
}
