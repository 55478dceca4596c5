import { TeamPage, teamMetadata } from '@/app/_pages/team/team-page';
import { localeOf, type LocaleProps } from '@/app/_site/locale-params';

export async function generateMetadata(props: LocaleProps) {
  return teamMetadata(await localeOf(props));
}

export default async function Page(props: LocaleProps) {
  return <TeamPage locale={await localeOf(props)} />;
}
