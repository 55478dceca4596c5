import type { SharedAnswers } from '@/lib/codecs/share-code';
import type { QuestionBank, RoleId } from '@/lib/bank/schema';
import { cleanName } from '@/lib/codecs/compare-code';
import type { PairingContent } from '@/lib/compare/schema';
import { fillTemplate } from '@/lib/report/copy/fill-template';
import { describeConfidence } from '@/lib/report/describe-confidence';
import { fitLevelLabel } from '@/lib/report/fit-levels';
import { scoreAnswers } from '@/lib/scoring';
import type { FitProfile } from '@/lib/scoring/profile';
import { describeEarlierVersion } from '@/lib/versions/describe-earlier-version';

import { describeTeamGrid } from './describe-team-grid';
import { describeTeamSeats } from './describe-team-seats';
import { describeTeamTensions } from './describe-team-tensions';
import { joinList as joinItems } from './join-list';
import { memberMarks } from './member-marks';
import { MAX_TEAM_SIZE, MIN_TEAM_SIZE } from './team-size';
import type { TeamMemberView, TeamView } from './team-view';
import type { TeamWords } from './team-words';

/**
 * One member of a team: their answers, a name ("" or none, and they are numbered), the bank of
 * the version they answered when it is not the current one, and their share code to link to
 * their result.
 */
export interface TeamPerson extends SharedAnswers {
  readonly name?: string;
  readonly bank?: QuestionBank;
  readonly code?: string;
}

export interface TeamOptions {
  /** The day an export is made, e.g. "2026-11-28"; passed in so that the engine reads no clock. */
  readonly date?: string;
  /** A link that opens the same team map, when the caller has one. */
  readonly shareUrl?: string;
}
const ROLES: readonly RoleId[] = ['cto', 'cpo'];

/**
 * Scores every member with the bank of their own version and writes everything the team map
 * shows in the language of `words` (`questions/team-copy.json` in English): members, grid, seats
 * and tensions; the numbers are the same in every language. Pure: the same people
 * and options give the same view. Throws a RangeError for fewer than {@link MIN_TEAM_SIZE} or
 * more than {@link MAX_TEAM_SIZE} people, which callers check first.
 */
export function buildTeamView(
  words: TeamWords,
  bank: QuestionBank,
  content: PairingContent,
  people: readonly TeamPerson[],
  options: TeamOptions = {},
): TeamView {
  if (people.length < MIN_TEAM_SIZE || people.length > MAX_TEAM_SIZE) {
    throw new RangeError(
      `A team map reads ${MIN_TEAM_SIZE} to ${MAX_TEAM_SIZE} people, not ${people.length}.`,
    );
  }
  const { common, team: copy } = words;
  const joinList = (items: readonly string[]) => joinItems(copy.lists, items);
  const profiles = people.map((p) =>
    scoreAnswers(p.bank ?? bank, p.answers, words.scoring, { form: p.form }),
  );
  const names = people.map(
    (p, i) => cleanName(p.name ?? '') || fillTemplate(copy.defaultName, { number: i + 1 }),
  );
  const marks = memberMarks(names);
  const members = profiles.map((profile, i) =>
    describeMember(words, i, names[i] ?? '', marks[i] ?? '', profile, people[i]?.code),
  );
  const grid = describeTeamGrid(words, bank, profiles, names);
  const versions = [...new Set(profiles.map((p) => p.bank.version))].sort((a, b) => a - b);
  const bankId = profiles[0]?.bank.id ?? bank.id;
  return {
    title: fillTemplate(copy.title, { bank: bank.title, count: people.length }),
    date: options.date ?? null,
    shareUrl: options.shareUrl ?? null,
    openLink: copy.openLink,
    lead: fillTemplate(copy.headers.team, { count: people.length, names: joinList(names) }),
    framing: copy.framing,
    members: {
      heading: copy.members.heading,
      columns: {
        ...copy.members.columns,
        cto: fillTemplate(common.roleFit, { role: common.roles.cto }),
        cpo: fillTemplate(common.roleFit, { role: common.roles.cpo }),
      },
      items: members,
    },
    grid,
    seats: describeTeamSeats(
      words,
      bank,
      members.map((m) => ({ name: m.name, fit: { cto: m.fits.cto.score, cpo: m.fits.cpo.score } })),
      grid,
    ),
    tensions: describeTeamTensions(words, bank, content, profiles, names, marks),
    cautions: {
      heading: copy.cautions.heading,
      items: profiles.flatMap((profile, i) => cautionsFor(words, names[i] ?? '', profile)),
    },
    bankNote:
      versions.length === 1
        ? fillTemplate(copy.bankNote.same, { bank: bankId, version: versions[0] ?? bank.version })
        : fillTemplate(copy.bankNote.different, {
            bank: bankId,
            versions: joinList(versions.map(String)),
          }),
    bank: { id: bankId, version: versions[versions.length - 1] ?? bank.version },
  };
}

function describeMember(
  { common, result, team: copy }: TeamWords,
  position: number,
  name: string,
  mark: string,
  profile: FitProfile,
  code: string | undefined,
): TeamMemberView {
  const fit = (role: RoleId) => {
    const score = profile.fit[role];
    const level = fitLevelLabel(common, score);
    return { score, level, cell: fillTemplate(copy.members.cell, { score, level }) };
  };
  const [cto, cpo] = ROLES.map(fit) as [ReturnType<typeof fit>, ReturnType<typeof fit>];
  return {
    position,
    name,
    mark,
    form: profile.form,
    fits: { cto, cpo },
    lean: profile.lean.role,
    verdict: profile.verdict.headline,
    confidence: describeConfidence(result, profile.confidence).title,
    result:
      code === undefined
        ? null
        : {
            href: `/results#${code}`,
            label: fillTemplate(copy.members.openResult, { name }),
          },
  };
}

function cautionsFor(words: TeamWords, name: string, profile: FitProfile): string[] {
  const cautions = words.team.cautions;
  const earlier = describeEarlierVersion(words.versions.earlier, profile.bank.version);
  return [
    ...(profile.form === 'short' ? [fillTemplate(cautions.shortForm, { name })] : []),
    ...(profile.confidence.level === 'low' ? [fillTemplate(cautions.lowConfidence, { name })] : []),
    ...(earlier.earlier
      ? [fillTemplate(cautions.earlierVersion, { name, notice: earlier.notice })]
      : []),
  ];
}
