import type { QuestionBank } from '@/lib/bank/schema';
import { DEFAULT_NAMES, type ComparedPerson } from '@/lib/codecs/compare-code';
import { describeConfidence } from '@/lib/report/describe-confidence';
import { fillPlural, fillTemplate } from '@/lib/report/copy/fill-template';
import { scoreAnswers } from '@/lib/scoring';
import type { RoleId } from '@/lib/bank/schema';
import type { FitProfile } from '@/lib/scoring/profile';
import { describeEarlierVersion } from '@/lib/versions/describe-earlier-version';

import { buildPairingReport, type PairingReport, type PairPerson } from './build-pairing-report';
import type { PairingKind } from './classify-tension';
import type { CompareWords } from './compare-words';
import type {
  ComparedPersonView,
  ComparedTension,
  ComparisonView,
  FitChartGroup,
  PersonKey,
} from './comparison-view';
import type { CompareCopy } from './copy-schema';
import type { PairingContent } from './schema';
import type { CommonCopy } from '@/lib/report/copy/schema';

/** One person to compare: `bank` is the version they answered, when not the current one; `code` their share code, to link to their result. */
export type ComparisonPerson = ComparedPerson & {
  readonly bank?: QuestionBank;
  readonly code?: string;
};

export interface ComparisonOptions {
  /** The day an export is made, e.g. "2026-11-28"; passed in so that the engine reads no clock. */
  readonly date?: string;
  /** A link that opens the same comparison, when the caller has one. */
  readonly shareUrl?: string;
}

const KIND_ORDER: readonly PairingKind[] = ['clash', 'complement', 'aligned', 'unknown'];
const ROLES: readonly RoleId[] = ['cto', 'cpo'];
const KEYS = ['a', 'b'] as const satisfies readonly PersonKey[];

/**
 * Scores both answer sets, each with the bank of its own version (the current `bank` unless the
 * person names one), pairs them, and writes everything the comparison shows from `words` (the
 * copy in `questions/compare-copy.json`, in a language). Pure: the same people, words and options
 * give the same view.
 */
export function buildComparisonView(
  words: CompareWords,
  bank: QuestionBank,
  content: PairingContent,
  people: readonly [ComparisonPerson, ComparisonPerson],
  options: ComparisonOptions = {},
): ComparisonView {
  const { compare: COPY, common } = words;
  const profiles = [
    scoreAnswers(people[0].bank ?? bank, people[0].answers, words.scoring, {
      form: people[0].form,
    }),
    scoreAnswers(people[1].bank ?? bank, people[1].answers, words.scoring, {
      form: people[1].form,
    }),
  ] as const;
  // A person without a name of their own goes by the language's word for them.
  const nameOf = (i: 0 | 1) => {
    const { name } = people[i];
    return name === '' || name === DEFAULT_NAMES[i] ? COPY.defaultNames[KEYS[i]] : name;
  };
  const report = buildPairingReport(words, bank, content, [
    { name: nameOf(0), profile: profiles[0] },
    { name: nameOf(1), profile: profiles[1] },
  ]);
  const [a, b] = report.people;
  const names = { a: a.name, b: b.name };
  const counts = KIND_ORDER.map((kind) => {
    const count = report.counts[kind];
    const words = fillPlural(COPY.kinds[kind].words, count, {});
    return { kind, count, words, text: fillTemplate(COPY.counts.item, { count, words }) };
  });
  const shown = [
    describePerson(words, 0, report, profiles[0], people[0].code),
    describePerson(words, 1, report, profiles[1], people[1].code),
  ] as const;
  const earlier = shown.flatMap((p) =>
    p.earlierVersion ? [{ name: p.name, ...p.earlierVersion }] : [],
  );
  const axis = common.scale.tensionAxis;

  return {
    title: fillTemplate(COPY.title, { bank: bank.title, ...names }),
    date: options.date ?? null,
    shareUrl: options.shareUrl ?? null,
    openLink: COPY.openLink,
    header: {
      eyebrow: fillTemplate(COPY.headers.compared, names),
      title: report.overall.headline,
      lead: report.overall.summary,
    },
    people: shown,
    counts: {
      label: COPY.counts.label,
      items: counts,
      line: counts.map((c) => c.text).join(', '),
    },
    earlier: earlier[0]
      ? {
          notes: earlier.map(({ name, notice }) => ({ name, notice })),
          retake: earlier[0].retake,
        }
      : null,
    cautions: { heading: COPY.cautions.heading, items: report.cautions },
    fits: {
      heading: COPY.fits.heading,
      chartSummary: fillTemplate(COPY.fits.chartSummary, {
        ...names,
        aCto: a.fit.cto,
        bCto: b.fit.cto,
        aCpo: a.fit.cpo,
        bCpo: b.fit.cpo,
      }),
      chart: ROLES.map((role) => fitGroup(common, role, shown)),
      notPercentile: common.scale.notPercentile,
      framingLead: COPY.fits.framingLead,
      framing: report.framing,
      rows: {
        cto: roleFit(common, 'cto'),
        cpo: roleFit(common, 'cpo'),
        reading: COPY.fits.rows.reading,
        confidence: COPY.fits.rows.confidence,
        answered: COPY.fits.rows.answered,
      },
    },
    seats: {
      headline: report.roleSplit.headline,
      summary: report.roleSplit.summary,
      suggestion: report.roleSplit.suggestion,
    },
    tensions: {
      heading: COPY.tensions.heading,
      intro: {
        page: fillTemplate(COPY.tensions.intro.page, names),
        pdf: fillTemplate(COPY.tensions.intro.pdf, { axis, ...names }),
        markdown: fillTemplate(COPY.tensions.intro.markdown, { axis }),
      },
      practicesTitle: COPY.tensions.practices,
      scaleEnds: COPY.tensions.scaleEnds,
      items: report.tensions.map((t) => describeTension(COPY, t, [a.name, b.name])),
    },
    competencies: {
      heading: COPY.competencies.heading,
      intro: COPY.competencies.intro,
      chartSummary: summariseOverlay(COPY, report),
      caption: fillTemplate(COPY.competencies.caption, names),
      columns: [COPY.competencies.column, a.name, b.name, COPY.competencies.between],
      rows: report.competencies.map(({ id, name, scores, coverage, note }) => ({
        id,
        name,
        scores,
        cells: [scoreCell(common, scores[0]), scoreCell(common, scores[1])],
        coverage,
        note,
      })),
    },
    bankNote: describeBanks(COPY, names, [profiles[0].bank, profiles[1].bank]),
    bank: profiles[0].bank,
    report,
  };
}

function describePerson(
  words: CompareWords,
  i: 0 | 1,
  report: PairingReport,
  profile: FitProfile,
  code: string | undefined,
): ComparedPersonView {
  const { compare: COPY, common } = words;
  const person: PairPerson = report.people[i];
  const key = KEYS[i];
  const { earlier, notice, retake } = describeEarlierVersion(
    words.versions.earlier,
    profile.bank.version,
  );
  const confidence = describeConfidence(words.result, profile.confidence).title;
  const form = common.forms[person.form].name;
  const counted = { answered: person.answered, total: person.total, form };
  const fit = (role: RoleId) => {
    const values = { name: person.name, score: person.fit[role], level: person.levels[role] };
    return {
      score: values.score,
      level: values.level,
      cell: fillTemplate(COPY.fits.cell, values),
      barValue: fillTemplate(COPY.fits.barValue, values),
      barLabel: fillTemplate(COPY.fits.barLabel, values),
    };
  };
  return {
    key,
    name: person.name,
    form: person.form,
    answered: person.answered,
    total: person.total,
    earlierVersion: earlier ? { notice, retake } : null,
    verdict: person.verdict,
    fits: { cto: fit('cto'), cpo: fit('cpo') },
    confidence,
    card: fillTemplate(COPY.fits.card, { confidence, ...counted }),
    answeredCell: fillTemplate(COPY.fits.rows.answeredCell, counted),
    result:
      code === undefined
        ? null
        : {
            href: `/results#${code}`,
            label: fillTemplate(COPY.fits.openResult, { name: person.name }),
          },
    legend: {
      plain: fillTemplate(COPY.fits.legend[key], { name: person.name }),
      withBars: fillTemplate(COPY.fits.legendWithBars[key], { name: person.name }),
    },
  };
}

function roleFit(common: CommonCopy, role: RoleId): string {
  return fillTemplate(common.roleFit, { role: common.roles[role] });
}

function fitGroup(
  common: CommonCopy,
  role: RoleId,
  people: readonly [ComparedPersonView, ComparedPersonView],
): FitChartGroup {
  return {
    role,
    title: roleFit(common, role),
    bars: people.map((p) => ({
      key: p.key,
      score: p.fits[role].score,
      label: p.fits[role].barLabel,
      value: p.fits[role].barValue,
    })),
  };
}

function describeTension(
  COPY: CompareCopy,
  t: PairingReport['tensions'][number],
  names: readonly [string, string],
): ComparedTension {
  const withName = (i: 0 | 1) =>
    fillTemplate(COPY.tensions.placement, { name: names[i], placed: t.placed[i] });
  return {
    id: t.id,
    name: t.name,
    kind: t.kind,
    kindLabel: COPY.kinds[t.kind].label,
    headline: t.headline,
    positions: t.positions,
    placed: t.placed,
    placedWithNames: [withName(0), withName(1)],
    placements: t.placements,
    reason: t.reason,
    practices: t.practices,
  };
}

function scoreCell(common: CommonCopy, score: number | null): string {
  return score === null ? common.notMeasured.cell : String(score);
}

/** The overlay chart in a sentence: who covers whom, and what is shared. */
function summariseOverlay(COPY: CompareCopy, report: PairingReport): string {
  const [a, b] = report.people;
  const count = (coverage: string) =>
    report.competencies.filter((c) => c.coverage === coverage).length;
  return fillTemplate(COPY.competencies.chartSummary, {
    a: a.name,
    b: b.name,
    firstCovers: count('first-covers'),
    secondCovers: count('second-covers'),
    bothStrong: count('both-strong'),
    sharedGap: count('shared-gap'),
  });
}

/** One version for both people, or each person's own when they answered different versions. */
function describeBanks(
  COPY: CompareCopy,
  names: { readonly a: string; readonly b: string },
  [first, second]: readonly [{ id: string; version: number }, { id: string; version: number }],
): string {
  return first.version === second.version
    ? fillTemplate(COPY.bankNote.same, { bank: first.id, version: first.version })
    : fillTemplate(COPY.bankNote.different, {
        bank: first.id,
        ...names,
        aVersion: first.version,
        bVersion: second.version,
      });
}
