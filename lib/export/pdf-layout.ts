import type { jsPDF } from 'jspdf';

// How a PDF's pages are filled: units that are never split, placed top to bottom, a heading
// held back until what it introduces fits beside it. Units are millimetres.

export const MARGIN = 15;
export const FOOTER_HEIGHT = 9;

/** One piece of the report that is never split across pages. */
export interface Unit {
  readonly height: number;
  /** Space above, dropped at the top of a page. */
  readonly before: number;
  readonly draw: (y: number) => void;
  /** A heading: moves to the next page with whatever follows it. */
  readonly keepWithNext?: boolean;
  /** Drawn first when this unit starts a page, e.g. a table's header row. */
  readonly repeatOnBreak?: Unit;
}

export class Layout {
  readonly left = MARGIN;
  readonly width: number;
  readonly top = MARGIN;
  readonly bottom: number;
  private y = MARGIN;
  private pending: Unit[] = [];

  constructor(readonly doc: jsPDF) {
    this.width = doc.internal.pageSize.getWidth() - 2 * MARGIN;
    this.bottom = doc.internal.pageSize.getHeight() - MARGIN - FOOTER_HEIGHT;
  }

  /** Places a unit, holding headings back until the unit they introduce is placed too. */
  place(unit: Unit): void {
    if (unit.keepWithNext) {
      this.pending.push(unit);
      return;
    }
    const group = [...this.pending, unit];
    this.pending = [];
    const atTop = this.y === this.top;
    const height = group.reduce(
      (sum, u, i) => sum + u.height + (i === 0 && atTop ? 0 : u.before),
      0,
    );
    const needsBreak = !atTop && this.y + height > this.bottom;
    if (needsBreak) {
      this.doc.addPage();
      this.y = this.top;
      const header = group[0]?.repeatOnBreak;
      if (header) this.put(header);
    }
    for (const u of group) this.put(u);
  }

  private put(unit: Unit): void {
    if (this.y !== this.top) this.y += unit.before;
    unit.draw(this.y);
    this.y += unit.height;
  }
}
