import { ComparePage, compareMetadata } from '@/app/_pages/compare/compare-page';
import { localeOf, type LocaleProps } from '@/app/_site/locale-params';

export async function generateMetadata(props: LocaleProps) {
  return compareMetadata(await localeOf(props));
}

export default async function Page(props: LocaleProps) {
  return <ComparePage locale={await localeOf(props)} />;
}
