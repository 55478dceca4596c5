import { RolesPage, rolesMetadata } from '@/app/_pages/roles/roles-page';
import { localeOf, type LocaleProps } from '@/app/_site/locale-params';

export async function generateMetadata(props: LocaleProps) {
  return rolesMetadata(await localeOf(props));
}

export default async function Page(props: LocaleProps) {
  return <RolesPage locale={await localeOf(props)} />;
}
