import type { Metadata } from 'next';

import { loadBank } from '@/lib/bank/load-bank';
import { loadPairing } from '@/lib/compare/load-pairing';

import { CompareView } from './compare-view';

export const metadata: Metadata = {
  title: 'Compare two results',
  description:
    'Put two Role Fit results side by side: both fits, both competency profiles, and where the pair is likely to clash or complement each other.',
};

export default function ComparePage() {
  const bank = loadBank();
  return <CompareView bank={bank} content={loadPairing(bank)} />;
}
