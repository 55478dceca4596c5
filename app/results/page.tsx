import type { Metadata } from 'next';

import { loadBank } from '@/lib/bank/load-bank';
import { RESULT_COPY } from '@/lib/report/copy/result-copy';

import { ResultsView } from './results-view';

export const metadata: Metadata = {
  title: RESULT_COPY.header.title,
  description: RESULT_COPY.page.description,
};

export default function ResultsPage() {
  return <ResultsView bank={loadBank()} />;
}
