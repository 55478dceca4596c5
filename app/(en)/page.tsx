import { HomePage } from '@/app/_pages/home/home-page';

export default function Page() {
  return <HomePage locale="en" />;
}
