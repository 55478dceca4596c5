import type { QuestionBank } from '@/lib/bank/schema';
import { SIDE_THRESHOLD } from '@/lib/compare/classify-tension';
import type { PairingContent } from '@/lib/compare/schema';
import { fillTemplate } from '@/lib/report/copy/fill-template';
import { describePlacement } from '@/lib/report/describe-tensions';
import { formatSigned } from '@/lib/report/format-number';
import type { FitProfile } from '@/lib/scoring/profile';

import { joinList as joinItems } from './join-list';
import { readTeamTension, type TensionSide } from './read-team-tension';
import type { TeamTensionView, TeamView } from './team-view';
import type { TeamSectionWords } from './team-words';

/** The pair situation whose practice counters a team that lacks `missing`: the pair on the other side. */
const SITUATION_WITHOUT = {
  technology: 'both-product-first',
  product: 'both-technology-first',
} as const satisfies Record<TensionSide, string>;

/** Every tension of the bank, in bank order, with each member placed on it and the team read. */
export function describeTeamTensions(
  words: TeamSectionWords,
  bank: QuestionBank,
  content: PairingContent,
  profiles: readonly FitProfile[],
  names: readonly string[],
  marks: readonly string[],
): TeamView['tensions'] {
  const copy = words.team.tensions;
  const joinList = (items: readonly string[]) => joinItems(words.team.lists, items);
  const items = bank.tensions.map((tension): TeamTensionView => {
    const placed = profiles.map((p) => p.tensions.find((t) => t.id === tension.id));
    const placements = placed.map((t, position) => {
      const name = names[position] ?? '';
      const where = describePlacement(words.common, t?.position ?? null, t?.label ?? null);
      return {
        position,
        name,
        mark: marks[position] ?? '',
        at: t?.position ?? null,
        placed: where,
        text: fillTemplate(copy.placement, { name, placed: where }),
      };
    });
    const finding = readTeamTension(placements.map((p) => p.at));
    const unanswered = placements.filter((p) => p.at === null).map((p) => p.name);
    const side = finding.blindSpot;
    const situation = side
      ? content.tensions.find((t) => t.tension === tension.id)?.situations[SITUATION_WITHOUT[side]]
      : undefined;
    return {
      id: tension.id,
      name: tension.name,
      placements,
      centre: finding.centre,
      spread: finding.spread,
      centreText:
        finding.centre === null || finding.spread === null
          ? null
          : fillTemplate(copy.centre, {
              position: formatSigned(finding.centre),
              spread: finding.spread,
            }),
      reading: finding.reading,
      readingLabel: copy.readings[finding.reading].label,
      readingText: copy.readings[finding.reading].text,
      camps:
        finding.reading === 'split'
          ? fillTemplate(copy.camps, {
              technology: joinList(onSide(placements, (at) => at <= -SIDE_THRESHOLD)),
              product: joinList(onSide(placements, (at) => at >= SIDE_THRESHOLD)),
            })
          : null,
      unanswered:
        unanswered.length === 0
          ? null
          : fillTemplate(copy.unanswered, { names: joinList(unanswered) }),
      blindSpot: side
        ? {
            side,
            headline: fillTemplate(copy.blindSpot, { side: copy.scaleEnds[side] }),
            text: side === 'technology' ? tension.techSide : tension.productSide,
            practices: [...(situation?.practice ? [situation.practice] : []), ...tension.practices],
          }
        : null,
    };
  });
  return {
    heading: copy.heading,
    intro: copy.intro,
    scaleEnds: copy.scaleEnds,
    practicesTitle: copy.practices,
    items,
  };
}

/** The names of the members whose answered position passes `test`, in team order. */
function onSide(
  placements: readonly { readonly name: string; readonly at: number | null }[],
  test: (at: number) => boolean,
): string[] {
  return placements.flatMap((p) => (p.at !== null && test(p.at) ? [p.name] : []));
}
