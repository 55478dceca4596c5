import type { FocusList } from '@/lib/report/describe-focus-areas';

import type { ResultSummary } from './build-summary';
import { list, quote, table } from './markdown-blocks';

/** The summary as Markdown that reads well on its own, pasted into a document or an email. */
export function renderMarkdown(summary: ResultSummary): string {
  const { fits, confidence, archetype, focusAreas, competencies, tensions } = summary;
  const range = summary.readingGuide.range;
  const blocks: string[] = [
    `# ${summary.title}`,
    summary.document.meta,
    ...(summary.earlierVersion
      ? [quote([summary.earlierVersion.notice, summary.earlierVersion.retake])]
      : []),
    `## ${summary.verdict.headline}`,
    summary.verdict.summary,
    `## ${fits.title}`,
    table(
      [
        fits.columns.role,
        fits.columns.fit,
        fits.columns.range,
        fits.columns.level,
        fits.columns.meaning,
      ],
      ['left', 'right', 'right', 'left', 'left'],
      [fits.cto, fits.cpo].map((fit) => [
        fit.roleName,
        fit.scoreText,
        fit.rangeText,
        fit.level,
        fit.meaning,
      ]),
    ),
    fits.notPercentile,
    `**${range.title}.** ${range.paragraph}`,
    `## ${confidence.exportHeading}`,
    confidence.meaning,
  ];
  if (confidence.reasons.length > 0) {
    blocks.push(list(confidence.reasons.map((r) => `**${r.message}** ${r.advice}`)));
  }

  const nearest = archetype.nearest;
  blocks.push(`## ${archetype.exportHeading}`);
  if (nearest) {
    blocks.push(
      `${nearest.closeness}.`,
      nearest.summary,
      `**${archetype.adviceLabel}:** ${nearest.advice}`,
    );
  } else {
    blocks.push(archetype.empty);
  }
  const ranking = summary.archetypeRanking;
  if (ranking.archetypes.length > 0) {
    const { columns } = ranking;
    blocks.push(
      `## ${ranking.title}`,
      ranking.intro,
      table(
        [columns.rank, columns.archetype, columns.closeness, columns.line],
        ['right', 'left', 'right', 'left'],
        ranking.archetypes.map((a) => [String(a.rank), a.name, a.similarityText, a.line]),
      ),
    );
  }

  const words = competencies.exportWords;
  blocks.push(
    `## ${words.title}`,
    table(
      [
        words.columns.competency,
        words.columns.score,
        words.columns.range,
        words.columns.answered,
        words.columns.cto,
        words.columns.cpo,
      ],
      ['left', 'right', 'right', 'right', 'left', 'left'],
      competencies.rows.map((c) => [
        c.name,
        c.scoreText,
        c.rangeText ?? '',
        c.answeredText,
        c.importanceText.cto,
        c.importanceText.cpo,
      ]),
    ),
    words.note,
    ...focusBlocks(focusAreas.strengths, focusAreas.nextSteps),
    ...focusBlocks(focusAreas.growthAreas, focusAreas.nextSteps),
    `## ${tensions.exportTitle}`,
    tensions.exportIntro,
    ...tensions.rows.flatMap((t) => [`### ${t.exportHeading}`, list(t.practices)]),
    '---',
    summary.document.closing,
  );
  if (summary.shareUrl) blocks.push(`${summary.document.openLink}${summary.shareUrl}`);
  return `${blocks.join('\n\n')}\n`;
}

function focusBlocks(focus: FocusList, nextSteps: string): string[] {
  const heading = `## ${focus.exportTitle}`;
  if (focus.items.length === 0) return [heading, focus.exportEmpty];
  return [
    heading,
    ...focus.items.flatMap((item) => [
      `### ${item.name}`,
      item.comparison,
      `${nextSteps}:\n\n${list(item.nextSteps)}`,
    ]),
  ];
}
