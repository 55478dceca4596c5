import { ResultsPage, resultsMetadata } from '@/app/_pages/results/results-page';

export const metadata = resultsMetadata('en');

export default function Page() {
  return <ResultsPage locale="en" />;
}
