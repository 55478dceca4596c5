import { RolesPage, rolesMetadata } from '@/app/_pages/roles/roles-page';

export const metadata = rolesMetadata('en');

export default function Page() {
  return <RolesPage locale="en" />;
}
