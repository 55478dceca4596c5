import type { jsPDF } from 'jspdf';

import type { FitLevel } from '@/lib/scoring/fit-level';
import { layoutTeamLine } from '@/lib/team/team-line';
import type { TeamTensionView, TeamView } from '@/lib/team/team-view';

import { bullet, closingSection, titleSection } from './pdf-group-sections';
import * as pdf from './pdf-kit';
import {
  COLOUR,
  drawLine,
  rgb,
  sanitisePdfText,
  setStyle,
  STYLE,
  wrap,
  type Layout,
  type Rgb,
  type TextStyle,
  type Unit,
} from './pdf-kit';
import type { PdfOptions } from './render-pdf';

/** A grid cell's shade per fit level, darkest for strong; the number is always printed on it. */
const SHADE = {
  strong: { fill: [74, 81, 96], text: [255, 255, 255] },
  solid: { fill: [160, 168, 180], text: COLOUR.text },
  emerging: { fill: [214, 218, 224], text: COLOUR.text },
  low: { fill: [244, 245, 247], text: COLOUR.text },
} as const satisfies Record<FitLevel, { fill: Rgb; text: Rgb }>;

/** The grid's sizes in mm: competency column, the four columns after the members, rows. */
const GRID = {
  name: 52,
  ideal: 11,
  best: 11,
  coverage: 17,
  row: 5,
  header: 8,
  maxCell: 16,
} as const;

/**
 * The team map as a printable PDF (A4 or Letter): members, seats, the shaded grid and every
 * tension as a line with each member's mark, the centre and the spread. Vector drawing and
 * selectable text; pure: the same view gives the same bytes.
 */
export function renderTeamPdf(view: TeamView, options: PdfOptions): Uint8Array {
  return pdf.renderPdfDocument(
    {
      ...options,
      date: view.date ?? '',
      title: view.title,
      subject: view.lead,
      identity: `team|${view.bank.id}|${view.date}|${JSON.stringify(view.members.items)}`,
    },
    (layout) => buildUnits(layout, view),
  );
}

function buildUnits(layout: Layout, view: TeamView): Unit[] {
  const { members, seats, grid, tensions, cautions } = view;
  const units: Unit[] = [
    ...titleSection(layout, view.title, view.date, view.lead),
    pdf.rule(layout, 4),
    ...pdf.paragraph(layout, view.framing, { ...STYLE.body, bold: true }, { before: 2 }),
    ...pdf.h2(layout, members.heading),
    ...pdf.table(
      layout,
      [
        { title: members.columns.name, width: layout.width - 14 - 2 * 28 - 34, align: 'left' },
        { title: members.columns.mark, width: 14, align: 'left' },
        { title: members.columns.cto, width: 28, align: 'right' },
        { title: members.columns.cpo, width: 28, align: 'right' },
        { title: members.columns.confidence, width: 34, align: 'left' },
      ],
      members.items.map((m) => [m.name, m.mark, m.fits.cto.cell, m.fits.cpo.cell, m.confidence]),
    ),
    ...pdf.h2(layout, seats.heading),
    ...pdf.paragraph(layout, seats.intro, STYLE.body, { before: 0 }),
  ];
  for (const seat of [seats.cto, seats.cpo]) {
    units.push(
      ...pdf.h3(layout, seat.title),
      ...pdf.paragraph(layout, seat.sentence, { ...STYLE.body, bold: true }, { before: 0 }),
      ...pdf.paragraph(layout, seat.runnerUpSentence, STYLE.body, { before: 0.5 }),
      ...(seat.recruit ? pdf.paragraph(layout, seat.recruit.sentence, STYLE.body) : []),
    );
  }
  if (seats.tie) units.push(...pdf.paragraph(layout, seats.tie, STYLE.body, { before: 2 }));
  units.push(
    ...pdf.h2(layout, grid.heading),
    ...pdf.paragraph(layout, grid.intro, STYLE.body, { before: 0 }),
    ...pdf.paragraph(
      layout,
      grid.legend.map((l) => `${l.label} ${l.range}`).join(' · '),
      STYLE.small,
    ),
    ...gridUnits(layout, view),
    ...pdf.paragraph(layout, grid.summary, { ...STYLE.body, bold: true }, { before: 2 }),
    ...pdf.h2(layout, tensions.heading),
    ...pdf.paragraph(layout, tensions.intro, STYLE.body, { before: 0 }),
  );
  for (const t of tensions.items) {
    units.push(
      ...pdf.h3(layout, `${t.name}: ${t.readingLabel}`),
      ...pdf.keep([teamScale(layout, view, t)]),
      ...pdf.paragraph(
        layout,
        [t.centreText, t.readingText].filter(Boolean).join('. '),
        STYLE.body,
        {
          before: 0.5,
        },
      ),
      ...(t.camps ? pdf.paragraph(layout, t.camps, STYLE.body, { before: 0.5 }) : []),
      ...pdf.paragraph(layout, t.placements.map((p) => p.text).join('; '), STYLE.small, {
        before: 0.5,
      }),
      ...(t.blindSpot
        ? [
            ...pdf.paragraph(layout, t.blindSpot.headline, { ...STYLE.body, bold: true }),
            ...pdf.paragraph(layout, t.blindSpot.text, STYLE.body, { before: 0.5 }),
            ...pdf.paragraph(layout, tensions.practicesTitle, STYLE.body, { before: 1 }),
            ...t.blindSpot.practices.flatMap((p) => bullet(layout, p)),
          ]
        : []),
    );
  }
  units.push(...closingSection(layout, cautions, view));
  return units;
}

/** The grid as rows of shaded cells, each with its number: a header row, then one per competency. */
function gridUnits(layout: Layout, view: TeamView): Unit[] {
  const { doc } = layout;
  const { grid } = view;
  const people = view.members.items;
  const tail = 2 * GRID.ideal + GRID.best + GRID.coverage;
  const cell = Math.min(GRID.maxCell, (layout.width - GRID.name - tail) / people.length);
  const after = layout.left + GRID.name + cell * people.length;
  const tailColumns = [
    [grid.columns.ideal.cto, GRID.ideal],
    [grid.columns.ideal.cpo, GRID.ideal],
    [grid.columns.best, GRID.best],
    [grid.columns.coverage, GRID.coverage],
  ] as const;
  const small = { size: 7 };
  const header: Unit = {
    height: GRID.header,
    before: 1,
    keepWithNext: true,
    draw: (y) => {
      drawLine(doc, grid.columns.competency, layout.left + 1, y + 4, STYLE.tableHead);
      people.forEach((m, i) =>
        drawCentred(
          doc,
          m.mark,
          layout.left + GRID.name + (i + 0.5) * cell,
          y + 4,
          STYLE.tableHead,
        ),
      );
      let x = after;
      for (const [title, width] of tailColumns) {
        wrap(doc, title, { ...small, bold: true }, width - 1).forEach((line, j) =>
          drawLine(doc, line, x + width - 1, y + 1 + j * 3, { ...small, bold: true }, 'right'),
        );
        x += width;
      }
    },
  };
  const rows = grid.rows.map((row): Unit => ({
    height: GRID.row,
    before: 0,
    repeatOnBreak: header,
    draw: (y) => {
      drawLine(doc, clip(row.name, 34), layout.left + 1, y + 1, small);
      row.cells.forEach((c, i) => {
        const x = layout.left + GRID.name + i * cell;
        const shade = c.level ? SHADE[c.level] : null;
        if (shade) {
          doc.setFillColor(...rgb(shade.fill));
          doc.rect(x + 0.3, y + 0.3, cell - 0.6, GRID.row - 0.6, 'F');
        }
        const colour = shade ? shade.text : COLOUR.muted;
        drawCentred(doc, c.text, x + cell / 2, y + 1, { ...small, colour });
      });
      const values = [
        String(row.ideal.cto),
        String(row.ideal.cpo),
        row.bestText,
        row.coverageLabel,
      ];
      let x = after;
      tailColumns.forEach(([, width], i) => {
        const bold = i === 3 && row.coverage !== 'covered';
        drawLine(doc, values[i] ?? '', x + width - 1, y + 1, { ...small, bold }, 'right');
        x += width;
      });
      doc.setDrawColor(...COLOUR.grid);
      doc.setLineWidth(0.15);
      doc.line(layout.left, y + GRID.row, layout.left + layout.width, y + GRID.row);
    },
  }));
  return [header, ...rows];
}

/** A −100…+100 line with every member's dot, their marks spread below, the centre and the spread. */
function teamScale(layout: Layout, view: TeamView, t: TeamTensionView): Unit {
  const { doc } = layout;
  const x0 = layout.left + 4;
  const x1 = layout.left + layout.width - 4;
  const style = { size: 7, bold: true };
  const line = layoutTeamLine(
    t,
    x0,
    x1,
    (mark) => doc.getStringUnitWidth(mark) * style.size * pdf.PT + 1,
    0.8,
  );
  return {
    height: 17,
    before: 1,
    draw: (y) => {
      const mid = y + 5;
      if (line.spread) {
        doc.setFillColor(...COLOUR.track);
        doc.rect(line.spread.from, mid - 2, line.spread.to - line.spread.from, 4, 'F');
      }
      doc.setDrawColor(...COLOUR.rule);
      doc.setLineWidth(0.4);
      doc.line(x0, mid, x1, mid);
      line.ticks.forEach((tick) => doc.line(tick, mid - 1.2, tick, mid + 1.2));
      if (line.centreX !== null) {
        const cx = line.centreX;
        doc.setFillColor(...COLOUR.text);
        doc.triangle(cx - 1.3, mid - 4.2, cx + 1.3, mid - 4.2, cx, mid - 2.2, 'F');
      }
      for (const m of line.marks) {
        doc.setFillColor(...COLOUR.text);
        doc.circle(m.x, mid, 0.9, 'F');
        doc.setDrawColor(...COLOUR.muted);
        doc.setLineWidth(0.15);
        doc.line(m.x, mid + 0.9, m.labelX, mid + 3.6);
        drawCentred(doc, m.mark, m.labelX, mid + 3.8, style);
      }
      const ends = { size: 6.5, colour: COLOUR.muted };
      drawLine(doc, view.tensions.scaleEnds.technology, x0, mid + 7.5, ends);
      drawLine(doc, view.tensions.scaleEnds.product, x1, mid + 7.5, ends, 'right');
    },
  };
}

/** A label short enough for its column. */
function clip(text: string, length: number): string {
  return [...text].length > length ? `${[...text].slice(0, length - 1).join('')}…` : text;
}

/** One line of text centred on x. */
function drawCentred(doc: jsPDF, text: string, x: number, y: number, style: TextStyle): void {
  setStyle(doc, style);
  drawLine(doc, text, x - doc.getTextWidth(sanitisePdfText(text)) / 2, y, style);
}
