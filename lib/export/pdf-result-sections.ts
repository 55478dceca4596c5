import type { FocusList } from '@/lib/report/describe-focus-areas';

import type { ResultSummary } from './build-summary';
import { competencyChart, fitChart } from './pdf-charts';
import type { Layout } from './pdf-kit';
import {
  h2,
  h3,
  heading,
  keep,
  notice,
  paragraph,
  rule,
  shareLink,
  STYLE,
  table,
  together,
  type Unit,
} from './pdf-kit';

// The sections of the result's PDF, in the words of the view model: each lays out what the
// summary says and decides nothing.

const bold = { ...STYLE.body, bold: true };
const bullet = (layout: Layout, text: string) =>
  paragraph(layout, text, STYLE.body, { before: 0.8, indent: 2, bullet: true });

/** The title, the date line, an earlier version's notice and the verdict. */
export function openingSection(layout: Layout, s: ResultSummary): Unit[] {
  return [
    ...heading(layout, s.title, STYLE.title, 0),
    ...paragraph(layout, s.document.meta, STYLE.meta, { before: 0 }),
    ...(s.earlierVersion ? notice(layout, [s.earlierVersion.notice], s.earlierVersion.retake) : []),
    rule(layout, 4),
    ...heading(layout, s.verdict.headline, STYLE.verdict, 5),
    ...paragraph(layout, s.verdict.summary),
  ];
}

/** Both fits as a chart, what the scale is not, and why each score has a range. */
export function fitsSection(layout: Layout, s: ResultSummary): Unit[] {
  const range = s.readingGuide.range;
  return [
    ...h2(layout, s.fits.title),
    fitChart(layout, s.fits),
    ...paragraph(layout, s.fits.notPercentile, STYLE.small, { before: 2 }),
    ...keep(paragraph(layout, range.title, bold, { before: 3 })),
    ...paragraph(layout, range.paragraph, STYLE.body, { before: 0.5 }),
  ];
}

/** Every competency as a chart against both roles' ideals, then as a table. */
export function competenciesSection(layout: Layout, s: ResultSummary): Unit[] {
  const { rows, legend, exportWords: words } = s.competencies;
  const columns = [
    {
      title: words.columns.competency,
      width: layout.width - 16 - 20 - 24 - 26 - 26,
      align: 'left',
    },
    { title: words.columns.score, width: 16, align: 'right' },
    { title: words.columns.range, width: 20, align: 'right' },
    { title: words.columns.answered, width: 24, align: 'right' },
    { title: words.columns.cto, width: 26, align: 'left' },
    { title: words.columns.cpo, width: 26, align: 'left' },
  ] as const;
  return [
    ...h2(layout, words.chartTitle),
    ...competencyChart(
      layout,
      rows.map((c) => ({ ...c, value: c.chartValue ?? '' })),
      {
        score: legend.bar,
        range: legend.range,
        ctoIdeal: legend.ctoIdeal,
        cpoIdeal: legend.cpoIdeal,
        notMeasured: legend.notMeasured,
      },
    ),
    ...h2(layout, words.tableTitle),
    ...table(
      layout,
      columns,
      rows.map((c) => [
        c.name,
        { text: c.scoreText, muted: !c.measured },
        c.rangeText ?? '',
        c.answeredText,
        c.importanceText.cto,
        c.importanceText.cpo,
      ]),
    ),
    ...paragraph(layout, words.note, STYLE.small),
  ];
}

/** Strengths, then growth areas, each with its next steps. */
export function focusSection(layout: Layout, s: ResultSummary): Unit[] {
  const { strengths, growthAreas, nextSteps } = s.focusAreas;
  const list = (focus: FocusList): Unit[] => [
    ...h2(layout, focus.exportTitle),
    ...(focus.items.length === 0 ? paragraph(layout, focus.exportEmpty) : []),
    ...focus.items.flatMap((item) => [
      ...h3(layout, item.exportHeading),
      ...paragraph(layout, item.comparison, STYLE.body, { before: 0 }),
      ...keep(paragraph(layout, nextSteps, bold, { before: 1.5 })),
      ...item.nextSteps.flatMap((step) => bullet(layout, step)),
    ]),
  ];
  return [...list(strengths), ...list(growthAreas)];
}

/** The nearest archetype with what to do with it, or why there is none. */
export function archetypeSection(layout: Layout, s: ResultSummary): Unit[] {
  const { exportHeading, nearest, adviceLabel, empty } = s.archetype;
  if (!nearest) return [...h2(layout, exportHeading), ...paragraph(layout, empty)];
  return [
    ...h2(layout, exportHeading),
    ...paragraph(layout, `${nearest.closeness}.`, STYLE.meta, { before: 0 }),
    ...paragraph(layout, nearest.summary),
    ...keep(paragraph(layout, adviceLabel, bold, { before: 3 })),
    ...paragraph(layout, nearest.advice, STYLE.body, { before: 0.5 }),
  ];
}

/** How firm the result is, with each reason and what to do about it. */
export function confidenceSection(layout: Layout, s: ResultSummary): Unit[] {
  const c = s.confidence;
  return [
    ...h2(layout, c.exportHeading),
    ...paragraph(layout, c.meaning, STYLE.body, { before: 0 }),
    ...c.reasons.flatMap((reason) => [
      ...paragraph(layout, reason.message, bold, { before: 2.5, indent: 2, bullet: true }),
      ...paragraph(layout, reason.advice, STYLE.body, { before: 0.5, indent: 6 }),
    ]),
  ];
}

/** The closing note and the share link, kept in one piece. */
export function closingSection(layout: Layout, s: ResultSummary): Unit[] {
  return together(layout, [
    rule(layout, 8),
    ...paragraph(layout, s.document.closing, STYLE.small, { before: 1 }),
    ...(s.shareUrl ? [shareLink(layout, s.shareUrl, s.document.openLink)] : []),
  ]);
}

/** The practices under a tension, one bullet each. */
export function practices(layout: Layout, items: readonly string[]): Unit[] {
  return items.flatMap((p) => bullet(layout, p));
}
