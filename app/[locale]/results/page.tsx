import { ResultsPage, resultsMetadata } from '@/app/_pages/results/results-page';
import { localeOf, type LocaleProps } from '@/app/_site/locale-params';

export async function generateMetadata(props: LocaleProps) {
  return resultsMetadata(await localeOf(props));
}

export default async function Page(props: LocaleProps) {
  return <ResultsPage locale={await localeOf(props)} />;
}
