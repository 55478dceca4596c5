import type { CompareSummary } from './build-compare-summary';
import { list, quote, table } from './markdown-blocks';

const FORM_WORDS = { full: 'full form', short: 'short form' } as const;

/** The comparison as Markdown that reads well on its own, for a document, an email or a meeting. */
export function renderCompareMarkdown(summary: CompareSummary): string {
  const [a, b] = summary.people;
  const { counts } = summary;
  const earlier = summary.people.flatMap((p) =>
    p.earlierVersion ? [{ name: p.name, ...p.earlierVersion }] : [],
  );
  const blocks: string[] = [
    `# ${summary.title}`,
    `${summary.date} · ${counts.clash} likely ${counts.clash === 1 ? 'clash' : 'clashes'}, ${counts.complement} ${counts.complement === 1 ? 'complement' : 'complements'}, ${counts.aligned} aligned, ${counts.unknown} not enough answers`,
    ...(earlier[0]
      ? [quote([...earlier.map((e) => `**${e.name}:** ${e.notice}`), earlier[0].retake])]
      : []),
    `## ${summary.overall.headline}`,
    summary.overall.summary,
    `> ${summary.framing}`,
    '## Both fits side by side',
    table(
      ['', a.name, b.name],
      ['left', 'right', 'right'],
      [
        [
          'CTO fit',
          `${a.fits.cto.score} / 100 (${a.fits.cto.level})`,
          `${b.fits.cto.score} / 100 (${b.fits.cto.level})`,
        ],
        [
          'CPO fit',
          `${a.fits.cpo.score} / 100 (${a.fits.cpo.level})`,
          `${b.fits.cpo.score} / 100 (${b.fits.cpo.level})`,
        ],
        ['Reading', a.verdict, b.verdict],
        ['Confidence', a.confidence, b.confidence],
        [
          'Answered',
          `${a.answered} of ${a.total}, ${FORM_WORDS[a.form]}`,
          `${b.answered} of ${b.total}, ${FORM_WORDS[b.form]}`,
        ],
      ],
    ),
    'Scores are positions on this quiz’s own 0–100 scale, not percentiles of other people.',
    `## ${summary.roleSplit.headline}`,
    summary.roleSplit.summary,
    summary.roleSplit.suggestion,
    '## The six tensions, as a pair',
    'Where each of you sits from technology-first (−100) to product-first (+100), what that tends to mean for the two of you, and practices that fit.',
    ...summary.tensions.flatMap((t) => [
      `### ${t.name}: ${t.kindLabel}`,
      `**${t.headline}.** ${t.placements}.`,
      t.reason,
      `Practices:\n\n${list(t.practices)}`,
    ]),
    '## Competencies',
    table(
      ['Competency', a.name, b.name, 'Between you'],
      ['left', 'right', 'right', 'left'],
      summary.competencies.map((c) => [
        c.name,
        c.scores[0] === null ? 'not measured' : String(c.scores[0]),
        c.scores[1] === null ? 'not measured' : String(c.scores[1]),
        c.note,
      ]),
    ),
  ];
  if (summary.cautions.length > 0) {
    blocks.push('## Read with care', list(summary.cautions));
  }
  blocks.push('---', summary.bankNote);
  if (summary.shareUrl) blocks.push(`Open this comparison: ${summary.shareUrl}`);
  return `${blocks.join('\n\n')}\n`;
}
