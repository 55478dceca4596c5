import { HistoryPage, historyMetadata } from '@/app/_pages/history/history-page';

export const metadata = historyMetadata('en');

export default function Page() {
  return <HistoryPage locale="en" />;
}
