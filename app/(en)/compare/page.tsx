import { ComparePage, compareMetadata } from '@/app/_pages/compare/compare-page';

export const metadata = compareMetadata('en');

export default function Page() {
  return <ComparePage locale="en" />;
}
