import { loadReleasedBank } from '@/app/_shared/released-banks';
import type { QuestionBank } from '@/lib/bank/schema';
import { readPastedLink } from '@/lib/codecs/pasted-link';
import { decodeShareCode, readShareCodeVersion } from '@/lib/codecs/share-code';
import { isTeamCode } from '@/lib/codecs/team-code';
import { TEAM_COPY } from '@/lib/team/team-copy';
import { lookupOf } from '@/lib/versions/bank-lookup';

/**
 * Reads one member's pasted result link: its share code, or why it cannot be used. A link of an
 * earlier version is read with that version's bank, fetched on use.
 */
export async function checkMemberLink(
  bank: QuestionBank,
  text: string,
): Promise<{ code: string } | { error: string }> {
  const code = readPastedLink(text);
  if (code === '') return { error: TEAM_COPY.form.missing };
  if (isTeamCode(code)) return { error: TEAM_COPY.form.wholeTeam };
  const version = readShareCodeVersion(code);
  const older =
    version === null || version === bank.version
      ? null
      : await loadReleasedBank(version).catch(() => null);
  const decoded = decodeShareCode(older ? lookupOf(bank, older) : bank, code);
  return decoded.ok ? { code } : { error: decoded.error.message };
}
