import type { TeamSeatView, TeamView } from '@/lib/team/team-view';

import { list, quote, table, type Align } from './markdown-blocks';

/** The team map as Markdown that reads well on its own, for a document, an email or a workshop. */
export function renderTeamMarkdown(view: TeamView): string {
  const { members, grid, seats, tensions, cautions } = view;
  const people = members.items;
  const blocks: string[] = [
    `# ${view.title}`,
    [view.date, view.lead].filter(Boolean).join(' · '),
    quote([view.framing]),
    `## ${members.heading}`,
    table(
      [
        members.columns.name,
        members.columns.mark,
        members.columns.cto,
        members.columns.cpo,
        members.columns.reading,
        members.columns.confidence,
      ],
      ['left', 'left', 'right', 'right', 'left', 'left'],
      people.map((m) => [
        m.name,
        m.mark,
        m.fits.cto.cell,
        m.fits.cpo.cell,
        m.verdict,
        m.confidence,
      ]),
    ),
    `## ${seats.heading}`,
    seats.intro,
    ...seatBlocks(seats.cto),
    ...seatBlocks(seats.cpo),
    ...(seats.tie ? [seats.tie] : []),
    `## ${grid.heading}`,
    grid.intro,
    table(
      [
        grid.columns.competency,
        ...people.map((m) => m.name),
        grid.columns.ideal.cto,
        grid.columns.ideal.cpo,
        grid.columns.best,
        grid.columns.strong,
        grid.columns.coverage,
      ],
      ['left', ...people.map((): Align => 'right'), 'right', 'right', 'right', 'right', 'left'],
      grid.rows.map((r) => [
        r.name,
        ...r.cells.map((c) => c.text),
        String(r.ideal.cto),
        String(r.ideal.cpo),
        r.bestText,
        r.strongText,
        r.coverageLabel,
      ]),
    ),
    grid.summary,
    `## ${tensions.heading}`,
    tensions.intro,
    ...tensions.items.flatMap((t) => [
      `### ${t.name}: ${t.readingLabel}`,
      [t.centreText && `${t.centreText}.`, t.readingText].filter(Boolean).join(' '),
      list(t.placements.map((p) => p.text)),
      ...(t.camps ? [t.camps] : []),
      ...(t.unanswered ? [t.unanswered] : []),
      ...(t.blindSpot
        ? [
            `**${t.blindSpot.headline}.** ${t.blindSpot.text}`,
            `${tensions.practicesTitle}:\n\n${list(t.blindSpot.practices)}`,
          ]
        : []),
    ]),
  ];
  if (cautions.items.length > 0) blocks.push(`## ${cautions.heading}`, list(cautions.items));
  blocks.push('---', view.bankNote);
  if (view.shareUrl) blocks.push(`${view.openLink}${view.shareUrl}`);
  return `${blocks.join('\n\n')}\n`;
}

function seatBlocks(seat: TeamSeatView): string[] {
  return [
    `### ${seat.title}`,
    [seat.sentence, seat.runnerUpSentence].join(' '),
    ...(seat.recruit ? [seat.recruit.sentence] : []),
  ];
}
