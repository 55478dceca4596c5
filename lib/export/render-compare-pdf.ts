import type { jsPDF } from 'jspdf';

import type { CompareSummary, CompareTension } from './build-compare-summary';
import type { Layout } from './pdf-kit';
import {
  clamp,
  COLOUR,
  drawLine,
  h2,
  h3,
  heading,
  keep,
  notice,
  paragraph,
  renderPdfDocument,
  rule,
  shareLink,
  STYLE,
  table,
  together,
  type Rgb,
  type Unit,
} from './pdf-kit';
import type { PdfOptions } from './render-pdf';

/** The two people's colours: told apart by shape and name too (a circle and a square). */
const PERSON: readonly [Rgb, Rgb] = [
  [15, 118, 110], // #0f766e
  [126, 59, 168], // #7e3ba8
];

const KIND_COLOUR = {
  clash: [179, 38, 30],
  complement: [30, 107, 58],
  aligned: [74, 81, 96],
  unknown: [110, 110, 110],
} as const satisfies Record<CompareTension['kind'], Rgb>;

/**
 * The comparison as a printable PDF (A4 or Letter): both fits, the pairing per tension with two
 * marked positions, and the competencies side by side. Pure: the same summary gives the same bytes.
 */
export function renderComparePdf(summary: CompareSummary, options: PdfOptions): Uint8Array {
  return renderPdfDocument(
    {
      pageSize: options.pageSize,
      date: summary.date ?? '',
      title: summary.title,
      subject: summary.header.title,
      identity: `compare|${summary.bank.id}|${summary.date}|${JSON.stringify(summary.report)}`,
    },
    (layout) => buildUnits(layout, summary),
  );
}

function buildUnits(layout: Layout, s: CompareSummary): Unit[] {
  const [a, b] = s.people;
  const { earlier, fits, tensions, competencies, cautions } = s;
  const units: Unit[] = [
    ...heading(layout, s.title, STYLE.title, 0),
    ...paragraph(layout, [s.date, s.counts.line].filter(Boolean).join(' · '), STYLE.meta, {
      before: 0,
    }),
    ...(earlier
      ? notice(
          layout,
          earlier.notes.map((e) => `${e.name}: ${e.notice}`),
          earlier.retake,
        )
      : []),
    rule(layout, 4),
    ...heading(layout, s.header.title, STYLE.verdict, 5),
    ...paragraph(layout, s.header.lead),
    ...paragraph(layout, fits.framing, STYLE.small, { before: 2 }),
    ...h2(layout, fits.heading),
    fitChart(layout, s),
    ...paragraph(layout, fits.notPercentile, STYLE.small, { before: 2 }),
    ...h2(layout, s.seats.headline),
    ...paragraph(layout, s.seats.summary, STYLE.body, { before: 0 }),
    ...paragraph(layout, s.seats.suggestion, { ...STYLE.body, bold: true }),
    ...h2(layout, tensions.heading),
    ...keep(paragraph(layout, tensions.intro.pdf, STYLE.body, { before: 0 })),
  ];
  for (const t of tensions.items) {
    units.push(
      ...h3(layout, t.name),
      ...keep([pairScale(layout, s, t)]),
      ...keep(paragraph(layout, t.headline, { ...STYLE.body, bold: true }, { before: 1 })),
      ...paragraph(layout, t.reason, STYLE.body, { before: 0.5 }),
      ...t.practices.flatMap((p) =>
        paragraph(layout, p, STYLE.body, { before: 0.8, indent: 2, bullet: true }),
      ),
    );
  }
  units.push(
    ...h2(layout, competencies.heading),
    ...table(
      layout,
      [
        { title: competencies.columns[0], width: layout.width - 2 * 26 - 70, align: 'left' },
        { title: clip(a.name), width: 26, align: 'right' },
        { title: clip(b.name), width: 26, align: 'right' },
        { title: competencies.columns[3], width: 70, align: 'left' },
      ],
      competencies.rows.map((c) => [c.name, ...c.cells, c.note]),
    ),
  );
  if (cautions.items.length > 0) {
    units.push(
      ...h2(layout, cautions.heading),
      ...cautions.items.flatMap((c) =>
        paragraph(layout, c, STYLE.body, { before: 0.8, indent: 2, bullet: true }),
      ),
    );
  }
  units.push(
    ...together(layout, [
      rule(layout, 8),
      ...paragraph(layout, s.bankNote, STYLE.small, { before: 1 }),
      ...(s.shareUrl ? [shareLink(layout, s.shareUrl, s.openLink)] : []),
    ]),
  );
  return units;
}

/** Per role, one bar per person, each named and with its score and level. */
function fitChart(layout: Layout, s: CompareSummary): Unit {
  const { doc } = layout;
  const labelWidth = 34;
  const valueWidth = 36;
  const barX = layout.left + labelWidth;
  const barWidth = layout.width - labelWidth - valueWidth;
  const bar = 4.2;
  const row = 6.5;
  const groupHeight = 2 * row + 5;
  return {
    height: s.fits.chart.length * groupHeight,
    before: 1,
    draw: (top) => {
      s.fits.chart.forEach((group, r) => {
        const gy = top + r * groupHeight;
        drawLine(doc, group.title, layout.left, gy, { size: 10, bold: true });
        group.bars.forEach((fit, i) => {
          const y = gy + 4.5 + i * row;
          const colour = PERSON[i] ?? COLOUR.text;
          drawLine(doc, clip(s.people[i]?.name ?? ''), layout.left + 2, y - 0.4, {
            size: 8.5,
            colour,
          });
          doc.setFillColor(...COLOUR.track);
          doc.rect(barX, y, barWidth, bar, 'F');
          doc.setFillColor(...colour);
          doc.rect(barX, y, (barWidth * clamp(fit.score)) / 100, bar, 'F');
          drawLine(doc, fit.value, barX + barWidth + 3, y - 0.2, {
            size: 8.5,
            bold: true,
          });
        });
      });
    },
  };
}

/** A −100…+100 scale with both people's positions (circle, square) and the pairing's kind beside it. */
function pairScale(layout: Layout, s: CompareSummary, t: CompareTension): Unit {
  const { doc } = layout;
  const scaleWidth = 70;
  return {
    height: 14,
    before: 0,
    draw: (y) => {
      const sx = layout.left + 2;
      const mid = y + 3;
      doc.setDrawColor(...COLOUR.rule);
      doc.setLineWidth(0.4);
      doc.line(sx, mid, sx + scaleWidth, mid);
      for (const f of [0, 0.5, 1])
        doc.line(sx + scaleWidth * f, mid - 1.2, sx + scaleWidth * f, mid + 1.2);
      const at = (p: number) => sx + (scaleWidth * (Math.max(-100, Math.min(100, p)) + 100)) / 200;
      const [pa, pb] = t.positions;
      if (pa !== null) mark(doc, 0, at(pa), mid, 1.4);
      if (pb !== null) mark(doc, 1, at(pb), mid, 1.4);
      drawLine(doc, s.tensions.scaleEnds.technology, sx, mid + 2, {
        size: 6.5,
        colour: COLOUR.muted,
      });
      drawLine(
        doc,
        s.tensions.scaleEnds.product,
        sx + scaleWidth,
        mid + 2,
        { size: 6.5, colour: COLOUR.muted },
        'right',
      );
      const tx = sx + scaleWidth + 6;
      drawLine(doc, t.kindLabel, tx, mid - 3, {
        size: 9.5,
        bold: true,
        colour: KIND_COLOUR[t.kind],
      });
      s.people.forEach((person, i) => {
        const ly = mid + 1.2 + i * 3.6;
        mark(doc, i, tx + 1, ly + 1.3, 1);
        drawLine(doc, `${clip(person.name)}: ${t.placed[i] ?? ''}`, tx + 3, ly, {
          size: 8,
          colour: PERSON[i === 0 ? 0 : 1],
        });
      });
    },
  };
}

/** The first person's circle or the second person's square, centred on (x, y). */
function mark(doc: jsPDF, person: number, x: number, y: number, radius: number): void {
  const colour = PERSON[person === 0 ? 0 : 1];
  doc.setFillColor(...colour);
  if (person === 0) doc.circle(x, y, radius, 'F');
  else doc.rect(x - radius * 0.9, y - radius * 0.9, radius * 1.8, radius * 1.8, 'F');
}

/** A name short enough for the chart's label column. */
function clip(name: string): string {
  return [...name].length > 16 ? `${[...name].slice(0, 15).join('')}…` : name;
}
