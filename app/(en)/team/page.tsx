import { TeamPage, teamMetadata } from '@/app/_pages/team/team-page';

export const metadata = teamMetadata('en');

export default function Page() {
  return <TeamPage locale="en" />;
}
