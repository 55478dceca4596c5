import type { QuestionBank } from '@/lib/bank/schema';
import type { ComparedPerson } from '@/lib/codecs/compare-code';
import { describeConfidence } from '@/lib/report/describe-confidence';
import { COMMON_COPY } from '@/lib/report/copy/common-copy';
import { fillPlural, fillTemplate } from '@/lib/report/copy/fill-template';
import { scoreAnswers } from '@/lib/scoring';
import type { RoleId } from '@/lib/bank/schema';
import type { FitProfile } from '@/lib/scoring/profile';
import { describeEarlierVersion } from '@/lib/versions/describe-earlier-version';

import { buildPairingReport, type PairingReport, type PairPerson } from './build-pairing-report';
import type { PairingKind } from './classify-tension';
import { COMPARE_COPY } from './compare-copy';
import type {
  ComparedPersonView,
  ComparedTension,
  ComparisonView,
  FitChartGroup,
  PersonKey,
} from './comparison-view';
import type { PairingContent } from './schema';
import { SCORING_COPY } from '@/lib/scoring/scoring-copy';
import { VERSIONS_COPY } from '@/lib/versions/versions-copy';
import { RESULT_COPY } from '@/lib/report/copy/result-copy';

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
const COPY = COMPARE_COPY;

/**
 * Scores both answer sets, each with the bank of its own version (the current `bank` unless the
 * person names one), pairs them, and writes everything the comparison shows from the copy in
 * `questions/compare-copy.json`. Pure: the same people and options give the same view.
 */
export function buildComparisonView(
  bank: QuestionBank,
  content: PairingContent,
  people: readonly [ComparisonPerson, ComparisonPerson],
  options: ComparisonOptions = {},
): ComparisonView {
  const profiles = [
    scoreAnswers(people[0].bank ?? bank, people[0].answers, SCORING_COPY, { form: people[0].form }),
    scoreAnswers(people[1].bank ?? bank, people[1].answers, SCORING_COPY, { form: people[1].form }),
  ] as const;
  const report = buildPairingReport(bank, content, [
    { name: people[0].name, profile: profiles[0] },
    { name: people[1].name, profile: profiles[1] },
  ]);
  const [a, b] = report.people;
  const names = { a: a.name, b: b.name };
  const counts = KIND_ORDER.map((kind) => {
    const count = report.counts[kind];
    const words = fillPlural(COPY.kinds[kind].words, count, {});
    return { kind, count, words, text: fillTemplate(COPY.counts.item, { count, words }) };
  });
  const shown = [
    describePerson(0, report, profiles[0], people[0].code),
    describePerson(1, report, profiles[1], people[1].code),
  ] as const;
  const earlier = shown.flatMap((p) =>
    p.earlierVersion ? [{ name: p.name, ...p.earlierVersion }] : [],
  );
  const axis = COMMON_COPY.scale.tensionAxis;

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
      chart: ROLES.map((role) => fitGroup(role, shown)),
      notPercentile: COMMON_COPY.scale.notPercentile,
      framingLead: COPY.fits.framingLead,
      framing: report.framing,
      rows: {
        cto: roleFit('cto'),
        cpo: roleFit('cpo'),
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
      items: report.tensions.map((t) => describeTension(t, [a.name, b.name])),
    },
    competencies: {
      heading: COPY.competencies.heading,
      intro: COPY.competencies.intro,
      chartSummary: summariseOverlay(report),
      caption: fillTemplate(COPY.competencies.caption, names),
      columns: [COPY.competencies.column, a.name, b.name, COPY.competencies.between],
      rows: report.competencies.map(({ id, name, scores, coverage, note }) => ({
        id,
        name,
        scores,
        cells: [scoreCell(scores[0]), scoreCell(scores[1])],
        coverage,
        note,
      })),
    },
    bankNote: describeBanks(names, [profiles[0].bank, profiles[1].bank]),
    bank: profiles[0].bank,
    report,
  };
}

function describePerson(
  i: 0 | 1,
  report: PairingReport,
  profile: FitProfile,
  code: string | undefined,
): ComparedPersonView {
  const person: PairPerson = report.people[i];
  const key = KEYS[i];
  const { earlier, notice, retake } = describeEarlierVersion(
    VERSIONS_COPY.earlier,
    profile.bank.version,
  );
  const confidence = describeConfidence(RESULT_COPY, profile.confidence).title;
  const form = COMMON_COPY.forms[person.form].name;
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

function roleFit(role: RoleId): string {
  return fillTemplate(COMMON_COPY.roleFit, { role: COMMON_COPY.roles[role] });
}

function fitGroup(
  role: RoleId,
  people: readonly [ComparedPersonView, ComparedPersonView],
): FitChartGroup {
  return {
    role,
    title: roleFit(role),
    bars: people.map((p) => ({
      key: p.key,
      score: p.fits[role].score,
      label: p.fits[role].barLabel,
      value: p.fits[role].barValue,
    })),
  };
}

function describeTension(
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

function scoreCell(score: number | null): string {
  return score === null ? COMMON_COPY.notMeasured.cell : String(score);
}

/** The overlay chart in a sentence: who covers whom, and what is shared. */
function summariseOverlay(report: PairingReport): string {
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
