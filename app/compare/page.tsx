import type { Metadata } from 'next';

import { loadBank } from '@/lib/bank/load-bank';
import { COMPARE_COPY } from '@/lib/compare/compare-copy';
import { loadPairing } from '@/lib/compare/load-pairing';

import { CompareView } from './compare-view';

export const metadata: Metadata = COMPARE_COPY.metadata;

export default function ComparePage() {
  const bank = loadBank();
  return <CompareView bank={bank} content={loadPairing(bank)} />;
}
