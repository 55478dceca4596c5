import { formatRange, type FocusAreaItem } from '@/lib/report';

import type { ResultSummary } from './build-summary';
import { list, quote, table } from './markdown-blocks';

const FORM_WORDS = { full: 'full form', short: 'short form' } as const;

/** The summary as Markdown that reads well on its own, pasted into a document or an email. */
export function renderMarkdown(summary: ResultSummary): string {
  const { fits, confidence, archetype, focusAreas } = summary;
  const blocks: string[] = [
    `# ${summary.title}`,
    `${summary.date} · ${FORM_WORDS[summary.form]} · ${summary.answered} of ${summary.total} questions answered`,
    ...(summary.earlierVersion
      ? [quote([summary.earlierVersion.notice, summary.earlierVersion.retake])]
      : []),
    `## ${summary.verdict.headline}`,
    summary.verdict.summary,
    '## Your fit for each role',
    table(
      ['Role', 'Fit', 'Range', 'Level', 'What it means'],
      ['left', 'right', 'right', 'left', 'left'],
      [
        ['CTO', `${fits.cto.score} / 100`, fits.cto.rangeText, fits.cto.level, fits.cto.meaning],
        ['CPO', `${fits.cpo.score} / 100`, fits.cpo.rangeText, fits.cpo.level, fits.cpo.meaning],
      ],
    ),
    'Scores are positions on this quiz’s own 0–100 scale, not percentiles of other people.',
    `**${summary.rangeGuide.title}.** ${summary.rangeGuide.paragraph}`,
    `## How firm is this? ${confidence.title}`,
    confidence.meaning,
  ];
  if (confidence.reasons.length > 0) {
    blocks.push(list(confidence.reasons.map((r) => `**${r.message}** ${r.advice}`)));
  }

  if (archetype) {
    const runnerUp = archetype.runnerUp ? `; next nearest: ${archetype.runnerUp}` : '';
    blocks.push(
      `## Nearest archetype: ${archetype.name}`,
      `${archetype.similarity} / 100 similar${runnerUp}.`,
      archetype.summary,
      `**What to do with it:** ${archetype.advice}`,
    );
  } else {
    blocks.push(
      '## Nearest archetype',
      'No competency was answered, so there is nothing to compare with the archetypes.',
    );
  }
  const ranking = summary.archetypeRanking;
  if (ranking.archetypes.length > 0) {
    blocks.push(
      `## ${ranking.title}`,
      ranking.intro,
      table(
        ['Rank', 'Archetype', 'Closeness', 'In a line'],
        ['right', 'left', 'right', 'left'],
        ranking.archetypes.map((a) => [String(a.rank), a.name, `${a.similarity} / 100`, a.line]),
      ),
    );
  }

  blocks.push(
    '## Competencies',
    table(
      ['Competency', 'Score', 'Range', 'Answered', 'CTO role', 'CPO role'],
      ['left', 'right', 'right', 'right', 'left', 'left'],
      summary.competencies.map((c) => [
        c.name,
        c.score === null ? 'not measured' : String(c.score),
        c.range === null ? '' : formatRange(c.range),
        `${c.answered} of ${c.total}`,
        c.importance.cto,
        c.importance.cpo,
      ]),
    ),
    'The role columns say how much each role relies on the competency.',
    `## Strengths, measured against ${focusAreas.measuredAgainst}`,
    ...focusBlocks(
      focusAreas.strengths,
      'No competency that matters here stands out as a strength yet.',
    ),
    `## Growth areas, measured against ${focusAreas.measuredAgainst}`,
    ...focusBlocks(
      focusAreas.growthAreas,
      'No competency that matters here falls short of what is expected.',
    ),
    '## Tensions between technology and product',
    'Where you sit from technology-first (−100) to product-first (+100), and practices that help a CTO and a CPO work through it.',
    ...summary.tensions.flatMap((t) => [`### ${t.name}: ${t.placement}`, list(t.practices)]),
    '---',
    `Answered with the question bank "${summary.bank.id}", version ${summary.bank.version}, ${FORM_WORDS[summary.form]}.`,
  );
  if (summary.shareUrl) blocks.push(`Open this result: ${summary.shareUrl}`);
  return `${blocks.join('\n\n')}\n`;
}

function focusBlocks(items: readonly FocusAreaItem[], none: string): string[] {
  if (items.length === 0) return [none];
  return items.flatMap((item) => [
    `### ${item.name}`,
    item.comparison,
    `Next steps:\n\n${list(item.nextSteps)}`,
  ]);
}
