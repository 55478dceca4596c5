import { jsPDF } from 'jspdf';

import { fillTemplate } from '@/lib/copy/fill-template';

import {
  COLOUR,
  drawLine,
  lineHeight,
  rgb,
  sanitisePdfText,
  STYLE,
  wrap,
  type TextStyle,
} from './pdf-text';
import { Layout, MARGIN, type Unit } from './pdf-layout';

// The building blocks of every PDF the site makes, in one import: the page layout and the text
// (re-exported from their modules), wrapped paragraphs, headings, rules, tables, footers, and
// deterministic document metadata.

export * from './pdf-layout';
export * from './pdf-text';

/** The document metadata every PDF carries. */
export interface PdfMeta {
  readonly pageSize: 'a4' | 'letter';
  /** The day the content was made, YYYY-MM-DD: the creation date, so no clock is read. */
  readonly date: string;
  readonly title: string;
  readonly subject: string;
  /** Text the file id is derived from: the same content gives the same id. */
  readonly identity: string;
  /** The words every PDF has whatever it shows: its page footer and its language tag. */
  readonly words: PdfWords;
}

/** The words of a PDF's frame, from the common copy's `exports`. */
export interface PdfWords {
  /** "Page {page} of {pages}". */
  readonly pageNumber: string;
  /** A BCP 47 tag, e.g. "en-GB". */
  readonly language: string;
}

/**
 * A whole PDF: a jsPDF document in millimetres with deterministic metadata, the units `build`
 * makes for its layout placed page by page, and a footer on every page. Pure: the same metadata
 * and units give the same bytes.
 */
export function renderPdfDocument(
  meta: PdfMeta,
  build: (layout: Layout) => readonly Unit[],
): Uint8Array {
  const doc = new jsPDF({ unit: 'mm', format: meta.pageSize, compress: true });
  doc.setCreationDate(pdfDate(meta.date));
  doc.setFileId(fileId(meta.identity));
  doc.setDocumentProperties({
    title: sanitisePdfText(meta.title),
    subject: sanitisePdfText(meta.subject),
    creator: 'Role Fit',
  });
  doc.setLanguage(meta.words.language as Parameters<jsPDF['setLanguage']>[0]);
  const layout = new Layout(doc);
  for (const unit of build(layout)) layout.place(unit);
  drawPageFooters(doc, meta.date, meta.words.pageNumber);
  return new Uint8Array(doc.output('arraybuffer'));
}

/** One unit per line of a wrapped paragraph, so a page break falls between lines. */
export function paragraph(
  layout: Layout,
  text: string,
  style: TextStyle = STYLE.body,
  {
    before = 2,
    indent = 0,
    bullet = false,
  }: { before?: number; indent?: number; bullet?: boolean } = {},
): Unit[] {
  const { doc } = layout;
  const hang = bullet ? 4 : 0;
  const lines = wrap(doc, text, style, layout.width - indent - hang);
  const height = lineHeight(style.size);
  return lines.map((line, i) => ({
    height,
    before: i === 0 ? before : 0,
    draw: (y) => {
      if (bullet && i === 0) drawLine(doc, '•', layout.left + indent, y, style);
      drawLine(doc, line, layout.left + indent + hang, y, style);
    },
  }));
}

export function heading(layout: Layout, text: string, style: TextStyle, before: number): Unit[] {
  const { doc } = layout;
  const lines = wrap(doc, text, style, layout.width);
  const height = lineHeight(style.size);
  return lines.map((line, i) => ({
    height: i === lines.length - 1 ? height + 1 : height,
    before: i === 0 ? before : 0,
    keepWithNext: true,
    draw: (y) => drawLine(doc, line, layout.left, y, style),
  }));
}

export const h2 = (layout: Layout, text: string) => heading(layout, text, STYLE.h2, 8);
export const h3 = (layout: Layout, text: string) => heading(layout, text, STYLE.h3, 4);

export function rule(layout: Layout, before: number): Unit {
  const { doc } = layout;
  return {
    height: 1,
    before,
    draw: (y) => {
      doc.setDrawColor(...COLOUR.rule);
      doc.setLineWidth(0.3);
      doc.line(layout.left, y, layout.left + layout.width, y);
    },
  };
}

/** The units as one, kept on one page, when they fit on a page; otherwise as they are. */
export function together(layout: Layout, units: readonly Unit[]): Unit[] {
  const [first, ...rest] = units;
  if (!first) return [];
  const height = units.reduce((sum, u, i) => sum + u.height + (i === 0 ? 0 : u.before), 0);
  if (height > layout.bottom - layout.top) return [...units];
  return [
    {
      height,
      before: first.before,
      draw: (top) => {
        let y = top;
        first.draw(y);
        y += first.height;
        for (const unit of rest) {
          unit.draw(y + unit.before);
          y += unit.before + unit.height;
        }
      },
    },
  ];
}

/** A notice set apart below the title, kept on one page: its lines in bold, then a closing sentence. */
export function notice(layout: Layout, lines: readonly string[], closing: string): Unit[] {
  return together(layout, [
    ...lines.flatMap((line, i) =>
      paragraph(layout, line, { ...STYLE.body, bold: true }, { before: i === 0 ? 3 : 1 }),
    ),
    ...paragraph(layout, closing, STYLE.body, { before: 1 }),
  ]);
}

/** Marks the units as a heading-like label that stays with what follows it. */
export function keep(units: readonly Unit[]): Unit[] {
  return units.map((unit) => ({ ...unit, keepWithNext: true }));
}

/** A line with a label and a link, e.g. "Open this result: https://…". */
export function shareLink(layout: Layout, url: string, label: string): Unit {
  const { doc } = layout;
  const clean = sanitisePdfText(url);
  return {
    height: lineHeight(STYLE.small.size),
    before: 0.5,
    draw: (y) => {
      drawLine(doc, label, layout.left, y, STYLE.small);
      const lx = layout.left + doc.getTextWidth(label);
      drawLine(doc, clean, lx, y, { size: STYLE.small.size, colour: COLOUR.cto });
      doc.link(lx, y, doc.getTextWidth(clean), lineHeight(STYLE.small.size), { url: clean });
    },
  };
}

function drawPageFooters(doc: jsPDF, date: string, pageNumber: string): void {
  const pages = doc.getNumberOfPages();
  const width = doc.internal.pageSize.getWidth();
  const y = doc.internal.pageSize.getHeight() - MARGIN - 3;
  for (let page = 1; page <= pages; page++) {
    doc.setPage(page);
    doc.setDrawColor(...COLOUR.rule);
    doc.setLineWidth(0.2);
    doc.line(MARGIN, y - 2, width - MARGIN, y - 2);
    drawLine(doc, sanitisePdfText(`Role Fit · ${date}`), MARGIN, y, STYLE.small);
    drawLine(
      doc,
      sanitisePdfText(fillTemplate(pageNumber, { page, pages })),
      width - MARGIN,
      y,
      STYLE.small,
      'right',
    );
  }
}

/** The PDF creation date from the summary's own date, so that no clock is read. */
function pdfDate(date: string): Date {
  const [year = 1970, month = 1, day = 1] = date.split('-').map(Number);
  return new Date(Date.UTC(year, month - 1, day));
}

/** A 32-hex-digit file id derived from the content (FNV-1a, four rounds), never random. */
function fileId(text: string): string {
  let out = '';
  for (let round = 0; round < 4; round++) {
    let hash = 0x811c9dc5 ^ round;
    for (let i = 0; i < text.length; i++) {
      hash ^= text.charCodeAt(i);
      hash = Math.imul(hash, 0x01000193);
    }
    out += (hash >>> 0).toString(16).padStart(8, '0');
  }
  return out.toUpperCase();
}

/** One column of a {@link table}: its heading, width in mm and alignment. */
export interface TableColumn {
  readonly title: string;
  readonly width: number;
  readonly align: 'left' | 'right';
}

/** One cell of a {@link table}: its text, greyed when `muted` (a value not measured, say). */
export type TableCell = string | { readonly text: string; readonly muted: boolean };

/**
 * A table with a bold header row, shaded alternate rows and muted cells in grey; kept on one page
 * when it fits, else broken between rows with the header repeated.
 */
export function table(
  layout: Layout,
  columns: readonly TableColumn[],
  rows: readonly (readonly TableCell[])[],
): Unit[] {
  const { doc } = layout;
  const lh = lineHeight(STYLE.table.size);
  const padding = 1.4;

  const row = (
    cells: readonly TableCell[],
    style: TextStyle,
    shade: boolean,
    header: boolean,
  ): Unit => {
    const muted = cells.map((cell) => typeof cell !== 'string' && cell.muted);
    const wrapped = cells.map((cell, i) =>
      wrap(doc, typeof cell === 'string' ? cell : cell.text, style, (columns[i]?.width ?? 20) - 4),
    );
    const height = Math.max(...wrapped.map((lines) => lines.length)) * lh + 2 * padding;
    return {
      height,
      before: 0,
      draw: (y) => {
        if (shade) {
          doc.setFillColor(246, 247, 249);
          doc.rect(layout.left, y, layout.width, height, 'F');
        }
        let cx = layout.left;
        columns.forEach((column, i) => {
          const tx = column.align === 'right' ? cx + column.width - 2 : cx + (i === 0 ? 1 : 2);
          (wrapped[i] ?? []).forEach((line, j) => {
            drawLine(
              doc,
              line,
              tx,
              y + padding + j * lh,
              muted[i] ? { ...style, colour: COLOUR.muted } : style,
              column.align === 'right' ? 'right' : undefined,
            );
          });
          cx += column.width;
        });
        doc.setDrawColor(...rgb(header ? COLOUR.muted : COLOUR.grid));
        doc.setLineWidth(header ? 0.3 : 0.15);
        doc.line(layout.left, y + height, layout.left + layout.width, y + height);
      },
    };
  };

  const header = row(
    columns.map((c) => c.title),
    STYLE.tableHead,
    false,
    true,
  );
  return together(layout, [
    { ...header, before: 1, keepWithNext: true },
    ...rows.map((cells, i) => ({
      ...row(cells, STYLE.table, i % 2 === 1, false),
      repeatOnBreak: header,
    })),
  ]);
}
