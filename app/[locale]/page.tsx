import { HomePage } from '@/app/_pages/home/home-page';
import { localeOf, type LocaleProps } from '@/app/_site/locale-params';

export default async function Page(props: LocaleProps) {
  return <HomePage locale={await localeOf(props)} />;
}
