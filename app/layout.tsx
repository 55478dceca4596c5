import type { Metadata } from 'next';
import type { ReactNode } from 'react';

export const metadata: Metadata = {
  title: 'Role Fit — how well do you fit the CTO and CPO roles?',
  description:
    'A private self-assessment that scores your fit for the Chief Technology Officer and Chief Product Officer roles and explains why.',
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
