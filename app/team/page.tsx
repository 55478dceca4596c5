import type { Metadata } from 'next';

import { loadBank } from '@/lib/bank/load-bank';
import { loadPairing } from '@/lib/compare/load-pairing';
import { TEAM_COPY } from '@/lib/team/team-copy';

import { TeamView } from './team-view';

export const metadata: Metadata = TEAM_COPY.metadata;

export default function TeamPage() {
  const bank = loadBank();
  return <TeamView bank={bank} content={loadPairing(bank)} />;
}
