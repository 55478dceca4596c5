import { HistoryPage, historyMetadata } from '@/app/_pages/history/history-page';
import { localeOf, type LocaleProps } from '@/app/_site/locale-params';

export async function generateMetadata(props: LocaleProps) {
  return historyMetadata(await localeOf(props));
}

export default async function Page(props: LocaleProps) {
  return <HistoryPage locale={await localeOf(props)} />;
}
