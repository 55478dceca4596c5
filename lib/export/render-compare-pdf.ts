import type { jsPDF } from 'jspdf';

import { linearScale, TENSION_DOMAIN } from '@/lib/charts/scale';

import type { CompareSummary, CompareTension } from './build-compare-summary';
import { drawScoreBar } from './pdf-charts';
import { closingSection, titleSection } from './pdf-group-sections';
import * as pdf from './pdf-kit';
import { COLOUR, drawLine, STYLE, type Layout, type Rgb, type Unit } from './pdf-kit';
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
  return pdf.renderPdfDocument(
    {
      ...options,
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
    ...titleSection(layout, s.title, s.date, s.counts.line),
    ...(earlier
      ? pdf.notice(
          layout,
          earlier.notes.map((e) => `${e.name}: ${e.notice}`),
          earlier.retake,
        )
      : []),
    pdf.rule(layout, 4),
    ...pdf.heading(layout, s.header.title, STYLE.verdict, 5),
    ...pdf.paragraph(layout, s.header.lead),
    ...pdf.paragraph(layout, fits.framing, STYLE.small, { before: 2 }),
    ...pdf.h2(layout, fits.heading),
    fitChart(layout, s),
    ...pdf.paragraph(layout, fits.notPercentile, STYLE.small, { before: 2 }),
    ...pdf.h2(layout, s.seats.headline),
    ...pdf.paragraph(layout, s.seats.summary, STYLE.body, { before: 0 }),
    ...pdf.paragraph(layout, s.seats.suggestion, { ...STYLE.body, bold: true }),
    ...pdf.h2(layout, tensions.heading),
    ...pdf.keep(pdf.paragraph(layout, tensions.intro.pdf, STYLE.body, { before: 0 })),
  ];
  for (const t of tensions.items) {
    units.push(
      ...pdf.h3(layout, t.name),
      ...pdf.keep([pairScale(layout, s, t)]),
      ...pdf.keep(pdf.paragraph(layout, t.headline, { ...STYLE.body, bold: true }, { before: 1 })),
      ...pdf.paragraph(layout, t.reason, STYLE.body, { before: 0.5 }),
      ...t.practices.flatMap((p) =>
        pdf.paragraph(layout, p, STYLE.body, { before: 0.8, indent: 2, bullet: true }),
      ),
    );
  }
  units.push(
    ...pdf.h2(layout, competencies.heading),
    ...pdf.table(
      layout,
      [
        { title: competencies.columns[0], width: layout.width - 2 * 26 - 70, align: 'left' },
        { title: clip(a.name), width: 26, align: 'right' },
        { title: clip(b.name), width: 26, align: 'right' },
        { title: competencies.columns[3], width: 70, align: 'left' },
      ],
      competencies.rows.map((c) => [
        c.name,
        ...c.cells.map((text, i) => ({ text, muted: c.scores[i] === null })),
        c.note,
      ]),
    ),
  );
  units.push(...closingSection(layout, cautions, s));
  return units;
}

/** The paired fit chart's sizes in mm: name column, value column, bar, row and gap between roles. */
const PAIRED = { names: 34, values: 36, bar: 4.2, row: 6.5, gap: 5 } as const;

/** Per role, one bar per person, each named and with its score and level. */
function fitChart(layout: Layout, s: CompareSummary): Unit {
  const { doc } = layout;
  const { bar, row } = PAIRED;
  const barX = layout.left + PAIRED.names;
  const barWidth = layout.width - PAIRED.names - PAIRED.values;
  const groupHeight = s.people.length * row + PAIRED.gap;
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
          drawScoreBar(doc, { x: barX, y, width: barWidth, height: bar }, fit.score, colour);
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
      const at = linearScale(TENSION_DOMAIN, [sx, sx + scaleWidth]);
      doc.setDrawColor(...COLOUR.rule);
      doc.setLineWidth(0.4);
      doc.line(at(-100), mid, at(100), mid);
      [-100, 0, 100].forEach((tick) => doc.line(at(tick), mid - 1.2, at(tick), mid + 1.2));
      t.positions.forEach((position, i) => {
        if (position !== null) mark(doc, i, at(position), mid, 1.4);
      });
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
