import type { jsPDF } from 'jspdf';

import { rangeBracket, type Bracket } from '@/lib/charts/bracket';
import { linearScale, SCORE_DOMAIN, type Scale } from '@/lib/charts/scale';

import {
  COLOUR,
  drawLine,
  lineHeight,
  rgb,
  STYLE,
  wrap,
  type Layout,
  type Rgb,
  type Unit,
} from './pdf-kit';

// The PDF's charts, drawn with jsPDF from the same geometry as the page's (lib/charts): the
// 0–100 scale, range brackets and tracks. Units are millimetres.

interface Range {
  readonly low: number;
  readonly high: number;
}

/** A range bracket, dark on a white halo so that it reads on a bar, on its track and on paper. */
export function drawBracket(doc: jsPDF, { x1, x2, y, cap }: Bracket): void {
  const draw = (colour: Rgb, width: number) => {
    doc.setDrawColor(...rgb(colour));
    doc.setLineWidth(width);
    doc.line(x1, y, x2, y);
    doc.line(x1, y - cap, x1, y + cap);
    doc.line(x2, y - cap, x2, y + cap);
  };
  draw([255, 255, 255], 0.9);
  draw(COLOUR.text, 0.4);
}

/** A score as a bar on its grey track of `width` mm, filled from the left on the 0–100 scale. */
export function drawScoreBar(
  doc: jsPDF,
  box: { readonly x: number; readonly y: number; readonly width: number; readonly height: number },
  score: number,
  colour: Rgb = COLOUR.score,
): Scale {
  const at = linearScale(SCORE_DOMAIN, [box.x, box.x + box.width]);
  doc.setFillColor(...COLOUR.track);
  doc.rect(box.x, box.y, box.width, box.height, 'F');
  doc.setFillColor(...rgb(colour));
  doc.rect(box.x, box.y, at(score) - box.x, box.height, 'F');
  return at;
}

/** The column a chart's bars take: what is left of the page's width between `before` and `after` mm. */
export function barColumn(layout: Layout, before: number, after: number) {
  return { x: layout.left + before, width: layout.width - before - after };
}

/** What the headline chart shows of one fit: its score, range, level word and what it means. */
export interface PdfFit {
  /** The fit's name in the report's language, e.g. "CTO fit". */
  readonly label: string;
  readonly score: number;
  readonly range: Range;
  readonly level: string;
  /** The range in words beside the bar, e.g. "range 57–67". */
  readonly rangeLabel: string;
  readonly meaning: string;
}

/** The CTO and CPO fits as two labelled bars with their ranges, levels and meanings. */
export function fitChart(
  layout: Layout,
  fits: { readonly cto: PdfFit; readonly cpo: PdfFit },
): Unit {
  const { doc } = layout;
  const { x: barX, width: barWidth } = barColumn(layout, 24, 38);
  const rowHeight = 13;
  const roles: readonly [PdfFit, Rgb][] = [
    [fits.cto, COLOUR.cto],
    [fits.cpo, COLOUR.cpo],
  ];
  const labelStyle = { size: 10, bold: true } as const;
  return {
    height: rowHeight * roles.length,
    before: 1,
    draw: (top) => {
      roles.forEach(([fit, colour], i) => {
        const y = top + i * rowHeight;
        // A longer language's label ("Encaje como CTO") wraps within the space before the bar.
        wrap(doc, fit.label, labelStyle, barX - layout.left - 2).forEach((line, n) =>
          drawLine(doc, line, layout.left, y + n * lineHeight(labelStyle.size), {
            ...labelStyle,
            colour,
          }),
        );
        const at = drawScoreBar(
          doc,
          { x: barX, y, width: barWidth, height: 4.5 },
          fit.score,
          colour,
        );
        drawBracket(doc, rangeBracket(fit.range, at, y + 2.25, 1.7));
        const valueX = barX + barWidth + 4;
        drawLine(doc, `${fit.score} / 100`, valueX, y - 0.2, { size: 10, bold: true });
        drawLine(doc, fit.level, valueX + 20, y + 0.2, { size: 9, colour: COLOUR.muted });
        drawLine(doc, fit.rangeLabel, valueX, y + 4.6, STYLE.small);
        const meaning = wrap(doc, fit.meaning, STYLE.small, barWidth)[0] ?? '';
        drawLine(doc, meaning, barX, y + 6, STYLE.small);
      });
    },
  };
}

/** One competency row of the PDF chart. */
export interface PdfCompetencyRow {
  readonly name: string;
  readonly score: number | null;
  readonly range: Range | null;
  /** The score in words at the row's right, e.g. "62 (55–70)". */
  readonly value: string;
  /** Where each role would ideally be, 0–100. */
  readonly ideal: { readonly cto: number; readonly cpo: number };
}

/** The words of the competency chart's legend and of a row with no score. */
export interface CompetencyChartWords {
  readonly score: string;
  readonly range: string;
  readonly ctoIdeal: string;
  readonly cpoIdeal: string;
  readonly notMeasured: string;
}

const COMPETENCY_ROW = 6.2;
const TICKS = [0, 25, 50, 75, 100];

/**
 * Every competency as a bar with its range, a CTO ideal marker above it and a CPO one below,
 * under a legend with the axis. Kept whole when it fits on a page; otherwise broken between
 * bars, with the legend repeated.
 */
export function competencyChart(
  layout: Layout,
  rows: readonly PdfCompetencyRow[],
  words: CompetencyChartWords,
): Unit[] {
  const { doc } = layout;
  const nameWidth = 62;
  const { x: barX, width: barWidth } = barColumn(layout, nameWidth, 24);
  const barHeight = 3.2;
  const x = linearScale(SCORE_DOMAIN, [barX, barX + barWidth]);

  const marker = (score: number, y: number, role: 'cto' | 'cpo') => {
    const mx = x(score);
    doc.setDrawColor(...rgb(COLOUR[role]));
    doc.setFillColor(...rgb(COLOUR[role]));
    doc.setLineWidth(0.45);
    if (role === 'cto') {
      doc.line(mx, y - 0.6, mx, y + barHeight / 2);
      doc.triangle(mx - 1.1, y - 1.9, mx + 1.1, y - 1.9, mx, y - 0.5, 'F');
    } else {
      const bottom = y + barHeight;
      doc.line(mx, y + barHeight / 2, mx, bottom + 0.6);
      doc.triangle(mx - 1.1, bottom + 1.9, mx + 1.1, bottom + 1.9, mx, bottom + 0.5, 'F');
    }
  };

  const legend: Unit = {
    height: 9,
    before: 0,
    draw: (y) => {
      const small = STYLE.small;
      let lx = layout.left;
      drawLine(doc, words.score, lx, y, small);
      lx += doc.getTextWidth(words.score) + 6;
      drawBracket(doc, { x1: lx, x2: lx + 6, y: y + 1.4, cap: 1.2 });
      drawLine(doc, words.range, lx + 7.5, y, small);
      lx += doc.getTextWidth(words.range) + 14;
      doc.setFillColor(...COLOUR.cto);
      doc.triangle(lx, y + 0.6, lx + 2.2, y + 0.6, lx + 1.1, y + 2.2, 'F');
      drawLine(doc, words.ctoIdeal, lx + 3.5, y, small);
      lx += doc.getTextWidth(words.ctoIdeal) + 9.5;
      doc.setFillColor(...COLOUR.cpo);
      doc.triangle(lx, y + 2.2, lx + 2.2, y + 2.2, lx + 1.1, y + 0.6, 'F');
      drawLine(doc, words.cpoIdeal, lx + 3.5, y, small);
      // The axis, over the bars.
      for (const tick of TICKS) {
        drawLine(doc, String(tick), x(tick), y + 5, { size: 7, colour: COLOUR.muted });
      }
    },
  };
  const units: Unit[] = rows.map((row) => ({
    height: COMPETENCY_ROW,
    before: 0,
    repeatOnBreak: legend,
    draw: (y) => {
      const barY = y + (COMPETENCY_ROW - barHeight) / 2;
      const name = wrap(doc, row.name, { size: 8.5 }, nameWidth - 3)[0] ?? '';
      drawLine(doc, name, layout.left, barY - 0.3, { size: 8.5 });
      doc.setDrawColor(...COLOUR.grid);
      doc.setLineWidth(0.15);
      for (const tick of TICKS.slice(1, -1)) doc.line(x(tick), y, x(tick), y + COMPETENCY_ROW);
      const right = layout.left + layout.width;
      if (row.score === null) {
        doc.setDrawColor(...COLOUR.rule);
        doc.setLineWidth(0.25);
        doc.setLineDashPattern([0.8, 0.8], 0);
        doc.rect(barX, barY, barWidth, barHeight, 'S');
        doc.setLineDashPattern([], 0);
        const muted = { size: 8.5, colour: COLOUR.muted };
        drawLine(doc, words.notMeasured, right, barY - 0.3, muted, 'right');
      } else {
        drawScoreBar(doc, { x: barX, y: barY, width: barWidth, height: barHeight }, row.score);
        if (row.range) drawBracket(doc, rangeBracket(row.range, x, barY + barHeight / 2, 1.3));
        drawLine(doc, row.value, right, barY - 0.3, { size: 8.5, bold: true }, 'right');
      }
      marker(row.ideal.cto, barY, 'cto');
      marker(row.ideal.cpo, barY, 'cpo');
    },
  }));
  const height = legend.height + units.length * COMPETENCY_ROW;
  if (height <= layout.bottom - layout.top) {
    return [
      {
        height,
        before: 1,
        draw: (y) => {
          legend.draw(y);
          units.forEach((unit, i) => unit.draw(y + legend.height + i * COMPETENCY_ROW));
        },
      },
    ];
  }
  return [{ ...legend, keepWithNext: true }, ...units];
}
