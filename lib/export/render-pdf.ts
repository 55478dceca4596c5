import type { ArchetypeRankingReport, TensionsView } from '@/lib/report';

import type { ResultSummary } from './build-summary';
import { drawScoreBar } from './pdf-charts';
import type { Layout, PdfWords } from './pdf-kit';
import {
  COLOUR,
  drawLine,
  h2,
  h3,
  keep,
  lineHeight,
  paragraph,
  renderPdfDocument,
  STYLE,
  wrap,
  type Unit,
} from './pdf-kit';
import {
  archetypeSection,
  closingSection,
  competenciesSection,
  confidenceSection,
  fitsSection,
  focusSection,
  openingSection,
  practices,
} from './pdf-result-sections';

export { sanitisePdfText } from './pdf-kit';

export interface PdfOptions {
  readonly pageSize: 'a4' | 'letter';
  /** The page footer and language tag, in the report's language (`common.exports`). */
  readonly words: PdfWords;
}

/**
 * The summary as a printable PDF report (A4 or Letter) with vector charts and selectable text.
 * Pure: the same summary gives the same bytes. Every word comes from the summary's view model.
 */
export function renderPdf(summary: ResultSummary, options: PdfOptions): Uint8Array {
  return renderPdfDocument(
    {
      ...options,
      date: summary.date,
      title: summary.title,
      subject: summary.verdict.headline,
      identity: `${summary.bank.id}|${summary.date}|${JSON.stringify(summary.profile)}`,
    },
    (layout) => [
      ...openingSection(layout, summary),
      ...fitsSection(layout, summary),
      ...competenciesSection(layout, summary),
      ...focusSection(layout, summary),
      ...archetypeSection(layout, summary),
      ...archetypeRanking(layout, summary.archetypeRanking),
      ...tensionsSection(layout, summary.tensions),
      ...confidenceSection(layout, summary),
      ...closingSection(layout, summary),
    ],
  );
}

/** Where the person sits on each tension, as a small scale, with the practices that help. */
function tensionsSection(layout: Layout, tensions: TensionsView): Unit[] {
  return [
    ...h2(layout, tensions.exportTitle),
    ...keep(paragraph(layout, tensions.exportIntro, STYLE.body, { before: 0 })),
    ...tensions.rows.flatMap((t) => [
      ...h3(layout, t.name),
      tensionScale(layout, t.position, t.placement, tensions.scaleEnds),
      ...practices(layout, t.practices),
    ]),
  ];
}

/** Every archetype, nearest first: its closeness as a number and a bar, and its summary in a line. */
function archetypeRanking(layout: Layout, ranking: ArchetypeRankingReport): Unit[] {
  if (ranking.archetypes.length === 0) return [];
  const { doc } = layout;
  const barWidth = 30;
  const nameWidth = 58;
  const rows = ranking.archetypes.map((a): Unit => {
    const lines = wrap(doc, a.line, STYLE.table, layout.width - nameWidth - barWidth - 22);
    const height = Math.max(2, lines.length) * lineHeight(STYLE.table.size) + 2.4;
    return {
      height,
      before: 0,
      draw: (y) => {
        const top = y + 1.2;
        drawLine(doc, a.rankedName, layout.left, top, { ...STYLE.table, bold: a.nearest });
        const barX = layout.left + nameWidth;
        drawScoreBar(doc, { x: barX, y: top + 0.6, width: barWidth, height: 2.6 }, a.similarity);
        drawLine(doc, a.similarityText, barX + barWidth + 2, top, {
          ...STYLE.table,
          bold: true,
        });
        lines.forEach((line, i) =>
          drawLine(
            doc,
            line,
            barX + barWidth + 20,
            top + i * lineHeight(STYLE.table.size),
            STYLE.table,
          ),
        );
        doc.setDrawColor(...COLOUR.grid);
        doc.setLineWidth(0.15);
        doc.line(layout.left, y + height, layout.left + layout.width, y + height);
      },
    };
  });
  return [
    ...h2(layout, ranking.title),
    ...keep(paragraph(layout, ranking.intro, STYLE.body, { before: 0 })),
    // Broken between archetypes when the page ends, rather than moved whole to the next one.
    ...rows.map((row, i) => (i === 0 ? { ...row, before: 2 } : row)),
  ];
}

/** A small −100…+100 scale with the position marked, and the placement in words beside it. */
function tensionScale(
  layout: Layout,
  position: number | null,
  placement: string,
  ends: TensionsView['scaleEnds'],
): Unit {
  const { doc } = layout;
  const scaleWidth = 60;
  return {
    height: 8.5,
    before: 0,
    keepWithNext: true,
    draw: (y) => {
      const sx = layout.left + 2;
      const mid = y + 2.5;
      doc.setDrawColor(...COLOUR.rule);
      doc.setLineWidth(0.4);
      doc.line(sx, mid, sx + scaleWidth, mid);
      for (const t of [0, 0.5, 1])
        doc.line(sx + scaleWidth * t, mid - 1.2, sx + scaleWidth * t, mid + 1.2);
      if (position !== null) {
        doc.setFillColor(...COLOUR.text);
        doc.circle(
          sx + (scaleWidth * (Math.max(-100, Math.min(100, position)) + 100)) / 200,
          mid,
          1.2,
          'F',
        );
      }
      drawLine(doc, placement, sx + scaleWidth + 5, mid - 1.6, { size: 9, bold: true });
      drawLine(doc, ends.tech, sx, mid + 1.8, { size: 6.5, colour: COLOUR.muted });
      drawLine(
        doc,
        ends.product,
        sx + scaleWidth,
        mid + 1.8,
        { size: 6.5, colour: COLOUR.muted },
        'right',
      );
    },
  };
}
