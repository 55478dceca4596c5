import {
  formatRange,
  idealScore,
  type ArchetypeRankingReport,
  type ImportanceWord,
} from '@/lib/report';

import type { ResultSummary, SummaryFit } from './build-summary';
import type { Layout } from './pdf-kit';
import {
  clamp,
  COLOUR,
  drawLine,
  h2,
  h3,
  heading,
  keep,
  lineHeight,
  notice,
  paragraph,
  renderPdfDocument,
  rgb,
  rule,
  shareLink,
  STYLE,
  table,
  together,
  wrap,
  type Rgb,
  type Unit,
} from './pdf-kit';

export { sanitisePdfText } from './pdf-kit';

export interface PdfOptions {
  readonly pageSize: 'a4' | 'letter';
}

const FORM_WORDS = { full: 'full form', short: 'short form' } as const;
const IMPORTANCE_LEVEL: Record<ImportanceWord, number> = {
  peripheral: 0,
  useful: 1,
  important: 2,
  essential: 3,
};

/**
 * The summary as a printable PDF report (A4 or Letter) with vector charts and selectable text.
 * Pure: the same summary gives the same bytes.
 */
export function renderPdf(summary: ResultSummary, options: PdfOptions): Uint8Array {
  return renderPdfDocument(
    {
      pageSize: options.pageSize,
      date: summary.date,
      title: summary.title,
      subject: summary.verdict.headline,
      identity: `${summary.bank.id}|${summary.date}|${JSON.stringify(summary.profile)}`,
    },
    (layout) => buildUnits(layout, summary),
  );
}

function buildUnits(layout: Layout, s: ResultSummary): Unit[] {
  const units: Unit[] = [
    ...heading(layout, s.title, STYLE.title, 0),
    ...paragraph(
      layout,
      `${s.date} · ${FORM_WORDS[s.form]} · ${s.answered} of ${s.total} questions answered`,
      STYLE.meta,
      { before: 0 },
    ),
    ...(s.earlierVersion ? notice(layout, [s.earlierVersion.notice], s.earlierVersion.retake) : []),
    rule(layout, 4),
    ...heading(layout, s.verdict.headline, STYLE.verdict, 5),
    ...paragraph(layout, s.verdict.summary),
    ...h2(layout, 'Your fit for each role'),
    fitChart(layout, s.fits),
    ...paragraph(
      layout,
      'Scores are positions on this quiz’s own 0–100 scale, not percentiles of other people.',
      STYLE.small,
      { before: 2 },
    ),
    ...keep(paragraph(layout, s.rangeGuide.title, { ...STYLE.body, bold: true }, { before: 3 })),
    ...paragraph(layout, s.rangeGuide.paragraph, STYLE.body, { before: 0.5 }),
    ...h2(layout, 'Competencies against each role’s ideal'),
    ...competencyChart(layout, s),
    ...h2(layout, 'Competency table'),
    ...competencyTable(layout, s),
    ...paragraph(
      layout,
      'The role columns say how much each role relies on the competency.',
      STYLE.small,
    ),
  ];

  const focus = s.focusAreas;
  for (const [title, items, none] of [
    ['Strengths', focus.strengths, 'No competency that matters here stands out as a strength yet.'],
    [
      'Growth areas',
      focus.growthAreas,
      'No competency that matters here falls short of what is expected.',
    ],
  ] as const) {
    units.push(...h2(layout, `${title}, measured against ${focus.measuredAgainst}`));
    if (items.length === 0) units.push(...paragraph(layout, none));
    for (const item of items) {
      units.push(
        ...h3(layout, `${item.name} — ${item.score}`),
        ...paragraph(layout, item.comparison, STYLE.body, { before: 0 }),
        ...keep(paragraph(layout, 'Next steps', { ...STYLE.body, bold: true }, { before: 1.5 })),
        ...item.nextSteps.flatMap((step) =>
          paragraph(layout, step, STYLE.body, { before: 0.8, indent: 2, bullet: true }),
        ),
      );
    }
  }

  if (s.archetype) {
    const a = s.archetype;
    const runnerUp = a.runnerUp ? `; next nearest: ${a.runnerUp}` : '';
    units.push(
      ...h2(layout, `Nearest archetype: ${a.name}`),
      ...paragraph(layout, `${a.similarity} / 100 similar${runnerUp}.`, STYLE.meta, { before: 0 }),
      ...paragraph(layout, a.summary),
      ...keep(
        paragraph(layout, 'What to do with it', { ...STYLE.body, bold: true }, { before: 3 }),
      ),
      ...paragraph(layout, a.advice, STYLE.body, { before: 0.5 }),
    );
  } else {
    units.push(
      ...h2(layout, 'Nearest archetype'),
      ...paragraph(
        layout,
        'No competency was answered, so there is nothing to compare with the archetypes.',
      ),
    );
  }

  units.push(...archetypeRanking(layout, s.archetypeRanking));

  units.push(
    ...h2(layout, 'Tensions between technology and product'),
    ...keep(
      paragraph(
        layout,
        'Where you sit from technology-first (−100) to product-first (+100), and practices that help a CTO and a CPO work through it.',
        STYLE.body,
        { before: 0 },
      ),
    ),
  );
  for (const t of s.tensions) {
    units.push(
      ...h3(layout, t.name),
      tensionScale(layout, t.position, t.placement),
      ...t.practices.flatMap((p) =>
        paragraph(layout, p, STYLE.body, { before: 0.8, indent: 2, bullet: true }),
      ),
    );
  }

  const c = s.confidence;
  units.push(
    ...h2(layout, `How firm is this? ${c.title}`),
    ...paragraph(layout, c.meaning, STYLE.body, { before: 0 }),
  );
  for (const reason of c.reasons) {
    units.push(
      ...paragraph(
        layout,
        reason.message,
        { ...STYLE.body, bold: true },
        {
          before: 2.5,
          indent: 2,
          bullet: true,
        },
      ),
      ...paragraph(layout, reason.advice, STYLE.body, { before: 0.5, indent: 6 }),
    );
  }

  // The closing note stays in one piece.
  units.push(
    ...together(layout, [
      rule(layout, 8),
      ...paragraph(
        layout,
        `Answered with the question bank "${s.bank.id}", version ${s.bank.version}, ${FORM_WORDS[s.form]}.`,
        STYLE.small,
        { before: 1 },
      ),
      ...(s.shareUrl ? [shareLink(layout, s.shareUrl)] : []),
    ]),
  );
  return units;
}

function fitChart(layout: Layout, fits: ResultSummary['fits']): Unit {
  const { doc } = layout;
  const labelWidth = 24;
  const valueWidth = 38;
  const barX = layout.left + labelWidth;
  const barWidth = layout.width - labelWidth - valueWidth;
  const rowHeight = 13;
  const roles: readonly ['CTO' | 'CPO', SummaryFit, Rgb][] = [
    ['CTO', fits.cto, COLOUR.cto],
    ['CPO', fits.cpo, COLOUR.cpo],
  ];
  return {
    height: rowHeight * roles.length,
    before: 1,
    draw: (top) => {
      roles.forEach(([role, fit, colour], i) => {
        const y = top + i * rowHeight;
        drawLine(doc, `${role} fit`, layout.left, y, { size: 10, bold: true, colour });
        doc.setFillColor(...COLOUR.track);
        doc.rect(barX, y, barWidth, 4.5, 'F');
        doc.setFillColor(...colour);
        doc.rect(barX, y, (barWidth * clamp(fit.score)) / 100, 4.5, 'F');
        const at = (value: number) => barX + (barWidth * clamp(value)) / 100;
        whisker(layout, at(fit.range.low), at(fit.range.high), y + 2.25, 3.4);
        const valueX = barX + barWidth + 4;
        drawLine(doc, `${fit.score} / 100`, valueX, y - 0.2, { size: 10, bold: true });
        drawLine(doc, fit.level, valueX + 20, y + 0.2, { size: 9, colour: COLOUR.muted });
        drawLine(doc, `range ${fit.rangeText}`, valueX, y + 4.6, STYLE.small);
        const meaning = wrap(doc, fit.meaning, STYLE.small, barWidth)[0] ?? '';
        drawLine(doc, meaning, barX, y + 6, STYLE.small);
      });
    },
  };
}

const COMPETENCY_ROW = 6.2;

function competencyChart(layout: Layout, s: ResultSummary): Unit[] {
  const { doc } = layout;
  const nameWidth = 62;
  const scoreWidth = 24;
  const barX = layout.left + nameWidth;
  const barWidth = layout.width - nameWidth - scoreWidth;
  const barHeight = 3.2;
  const x = (score: number) => barX + (barWidth * clamp(score)) / 100;

  const marker = (score: number, y: number, role: 'cto' | 'cpo') => {
    const colour = COLOUR[role];
    const mx = x(score);
    doc.setDrawColor(...rgb(colour));
    doc.setFillColor(...rgb(colour));
    doc.setLineWidth(0.45);
    if (role === 'cto') {
      doc.line(mx, y - 0.6, mx, y + barHeight / 2);
      doc.triangle(mx - 1.1, y - 1.9, mx + 1.1, y - 1.9, mx, y - 0.5, 'F');
    } else {
      doc.line(mx, y + barHeight / 2, mx, y + barHeight + 0.6);
      doc.triangle(
        mx - 1.1,
        y + barHeight + 1.9,
        mx + 1.1,
        y + barHeight + 1.9,
        mx,
        y + barHeight + 0.5,
        'F',
      );
    }
  };

  const legend: Unit = {
    height: 9,
    before: 0,
    draw: (y) => {
      const small = STYLE.small;
      let lx = layout.left;
      drawLine(doc, 'Bar: your score (0–100)', lx, y, small);
      lx += doc.getTextWidth('Bar: your score (0-100)') + 6;
      whisker(layout, lx, lx + 6, y + 1.4, 2.4);
      drawLine(doc, 'its range', lx + 7.5, y, small);
      lx += doc.getTextWidth('its range') + 14;
      doc.setFillColor(...COLOUR.cto);
      doc.triangle(lx, y + 0.6, lx + 2.2, y + 0.6, lx + 1.1, y + 2.2, 'F');
      drawLine(doc, 'CTO ideal (above the bar)', lx + 3.5, y, small);
      lx += doc.getTextWidth('CTO ideal (above the bar)') + 9.5;
      doc.setFillColor(...COLOUR.cpo);
      doc.triangle(lx, y + 2.2, lx + 2.2, y + 2.2, lx + 1.1, y + 0.6, 'F');
      drawLine(doc, 'CPO ideal (below the bar)', lx + 3.5, y, small);
      // The axis, over the bars.
      for (const tick of [0, 25, 50, 75, 100]) {
        drawLine(doc, String(tick), x(tick), y + 5, { size: 7, colour: COLOUR.muted }, undefined);
      }
    },
  };
  const rows: Unit[] = s.competencies.map((c) => ({
    height: COMPETENCY_ROW,
    before: 0,
    repeatOnBreak: legend,
    draw: (y) => {
      const barY = y + (COMPETENCY_ROW - barHeight) / 2;
      const name = wrap(doc, c.name, { size: 8.5 }, nameWidth - 3)[0] ?? '';
      drawLine(doc, name, layout.left, barY - 0.3, { size: 8.5 });
      doc.setDrawColor(...COLOUR.grid);
      doc.setLineWidth(0.15);
      for (const tick of [25, 50, 75]) doc.line(x(tick), y, x(tick), y + COMPETENCY_ROW);
      if (c.score === null) {
        doc.setDrawColor(...COLOUR.rule);
        doc.setLineWidth(0.25);
        doc.setLineDashPattern([0.8, 0.8], 0);
        doc.rect(barX, barY, barWidth, barHeight, 'S');
        doc.setLineDashPattern([], 0);
        drawLine(
          doc,
          'not measured',
          layout.left + layout.width,
          barY - 0.3,
          {
            size: 8.5,
            colour: COLOUR.muted,
          },
          'right',
        );
      } else {
        doc.setFillColor(...COLOUR.track);
        doc.rect(barX, barY, barWidth, barHeight, 'F');
        doc.setFillColor(...COLOUR.score);
        doc.rect(barX, barY, x(c.score) - barX, barHeight, 'F');
        if (c.range) whisker(layout, x(c.range.low), x(c.range.high), barY + barHeight / 2, 2.6);
        drawLine(
          doc,
          c.range ? `${c.score} (${formatRange(c.range)})` : String(c.score),
          layout.left + layout.width,
          barY - 0.3,
          { size: 8.5, bold: true },
          'right',
        );
      }
      marker(idealScore(IMPORTANCE_LEVEL[c.importance.cto]), barY, 'cto');
      marker(idealScore(IMPORTANCE_LEVEL[c.importance.cpo]), barY, 'cpo');
    },
  }));
  // Kept whole when it fits on a page; otherwise broken between bars, with the legend repeated.
  const height = legend.height + rows.length * COMPETENCY_ROW;
  if (height <= layout.bottom - layout.top) {
    return [
      {
        height,
        before: 1,
        draw: (y) => {
          legend.draw(y);
          rows.forEach((row, i) => row.draw(y + legend.height + i * COMPETENCY_ROW));
        },
      },
    ];
  }
  return [{ ...legend, keepWithNext: true }, ...rows];
}

function competencyTable(layout: Layout, s: ResultSummary): Unit[] {
  const columns = [
    { title: 'Competency', width: layout.width - 16 - 20 - 24 - 26 - 26, align: 'left' },
    { title: 'Score', width: 16, align: 'right' },
    { title: 'Range', width: 20, align: 'right' },
    { title: 'Answered', width: 24, align: 'right' },
    { title: 'CTO role', width: 26, align: 'left' },
    { title: 'CPO role', width: 26, align: 'left' },
  ] as const;
  return table(
    layout,
    columns,
    s.competencies.map((c) => [
      c.name,
      c.score === null ? 'not measured' : String(c.score),
      c.range === null ? '' : formatRange(c.range),
      `${c.answered} of ${c.total}`,
      c.importance.cto,
      c.importance.cpo,
    ]),
  );
}

/**
 * A range as an error bar: a line from `x1` to `x2` with an end cap of `cap` mm at each end,
 * dark on a white halo so that it reads on a bar, on its track and on paper.
 */
function whisker(layout: Layout, x1: number, x2: number, y: number, cap: number): void {
  const { doc } = layout;
  const draw = (colour: Rgb, width: number) => {
    doc.setDrawColor(...rgb(colour));
    doc.setLineWidth(width);
    doc.line(x1, y, x2, y);
    doc.line(x1, y - cap / 2, x1, y + cap / 2);
    doc.line(x2, y - cap / 2, x2, y + cap / 2);
  };
  draw([255, 255, 255], 0.9);
  draw(COLOUR.text, 0.4);
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
        const name = `${a.rank}. ${a.name}`;
        drawLine(doc, name, layout.left, top, { ...STYLE.table, bold: a.nearest });
        const barX = layout.left + nameWidth;
        doc.setFillColor(...COLOUR.track);
        doc.rect(barX, top + 0.6, barWidth, 2.6, 'F');
        doc.setFillColor(...COLOUR.score);
        doc.rect(barX, top + 0.6, (barWidth * clamp(a.similarity)) / 100, 2.6, 'F');
        drawLine(doc, `${a.similarity} / 100`, barX + barWidth + 2, top, {
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
function tensionScale(layout: Layout, position: number | null, placement: string): Unit {
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
      drawLine(doc, 'technology-first', sx, mid + 1.8, { size: 6.5, colour: COLOUR.muted });
      drawLine(
        doc,
        'product-first',
        sx + scaleWidth,
        mid + 1.8,
        { size: 6.5, colour: COLOUR.muted },
        'right',
      );
    },
  };
}
