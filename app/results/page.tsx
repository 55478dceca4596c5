import type { Metadata } from 'next';

import { loadBank } from '@/lib/bank/load-bank';

import { ResultsView } from './results-view';

export const metadata: Metadata = {
  title: 'Your results',
  description: 'Your CTO and CPO fit, computed in your browser from your answers.',
};

export default function ResultsPage() {
  return <ResultsView bank={loadBank()} />;
}
