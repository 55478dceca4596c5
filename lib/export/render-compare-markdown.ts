import type { CompareSummary } from './build-compare-summary';
import { list, quote, table } from './markdown-blocks';

/** The comparison as Markdown that reads well on its own, for a document, an email or a meeting. */
export function renderCompareMarkdown(view: CompareSummary): string {
  const [a, b] = view.people;
  const { fits, tensions, competencies, cautions, earlier } = view;
  const blocks: string[] = [
    `# ${view.title}`,
    [view.date, view.counts.line].filter(Boolean).join(' · '),
    ...(earlier
      ? [quote([...earlier.notes.map((e) => `**${e.name}:** ${e.notice}`), earlier.retake])]
      : []),
    `## ${view.header.title}`,
    view.header.lead,
    `> ${fits.framing}`,
    `## ${fits.heading}`,
    table(
      ['', a.name, b.name],
      ['left', 'right', 'right'],
      [
        [fits.rows.cto, a.fits.cto.cell, b.fits.cto.cell],
        [fits.rows.cpo, a.fits.cpo.cell, b.fits.cpo.cell],
        [fits.rows.reading, a.verdict, b.verdict],
        [fits.rows.confidence, a.confidence, b.confidence],
        [fits.rows.answered, a.answeredCell, b.answeredCell],
      ],
    ),
    fits.notPercentile,
    `## ${view.seats.headline}`,
    view.seats.summary,
    view.seats.suggestion,
    `## ${tensions.heading}`,
    tensions.intro.markdown,
    ...tensions.items.flatMap((t) => [
      `### ${t.name}: ${t.kindLabel}`,
      `**${t.headline}.** ${t.placements}.`,
      t.reason,
      `${tensions.practicesTitle}:\n\n${list(t.practices)}`,
    ]),
    `## ${competencies.heading}`,
    table(
      [...competencies.columns],
      ['left', 'right', 'right', 'left'],
      competencies.rows.map((c) => [c.name, ...c.cells, c.note]),
    ),
  ];
  if (cautions.items.length > 0) blocks.push(`## ${cautions.heading}`, list(cautions.items));
  blocks.push('---', view.bankNote);
  if (view.shareUrl) blocks.push(`${view.openLink}${view.shareUrl}`);
  return `${blocks.join('\n\n')}\n`;
}
