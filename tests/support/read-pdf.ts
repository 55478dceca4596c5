import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { TextItem } from 'pdfjs-dist/types/src/display/api';

/** A page's width and height in points, from its media box. */
export interface PageSize {
  readonly width: number;
  readonly height: number;
}

/** A PDF read back with pdf.js: its text, the text of each page, each page's size and its title. */
export interface PdfReadBack {
  readonly text: string;
  /** Each page's lines from top to bottom, the pieces of a line left to right. */
  readonly pages: readonly string[];
  readonly pageSizes: readonly PageSize[];
  /** The document info's Title, or '' when it has none. */
  readonly title: string;
}

/** A piece of text at its baseline, as a page draws it. */
interface Placed {
  readonly str: string;
  readonly x: number;
  readonly y: number;
  readonly end: number;
  readonly size: number;
}

/**
 * Puts a page's pieces into lines, as poppler's layout mode did: pieces whose baselines are within
 * half a font size share a line (a right-aligned score sits a fraction of a point off its label's),
 * and a gap between two pieces of a line reads as a space.
 */
function toLines(items: readonly TextItem[]): string[] {
  const placed: Placed[] = items
    .filter((item) => item.str.trim() !== '')
    .map((item) => {
      const [, , , size = 0, x = 0, y = 0] = item.transform as number[];
      return { str: item.str, x, y, end: x + item.width, size: Math.abs(size) };
    })
    .sort((a, b) => b.y - a.y || a.x - b.x);
  const lines: Placed[][] = [];
  for (const piece of placed) {
    const line = lines.at(-1);
    const top = line?.[0];
    const sameLine =
      line !== undefined &&
      top !== undefined &&
      top.y - piece.y < Math.min(top.size, piece.size) / 2;
    if (sameLine) line.push(piece);
    else lines.push([piece]);
  }
  return lines.map((line) =>
    line
      .sort((a, b) => a.x - b.x)
      .map((piece, i) => {
        const before = line[i - 1];
        const spaced = before !== undefined && piece.x - before.end > piece.size / 10;
        return spaced ? ` ${piece.str}` : piece.str;
      })
      .join(''),
  );
}

/** Reads a PDF's text, page sizes and title with pdf.js, so the tests need nothing outside npm. */
export async function readPdf(pdf: Uint8Array): Promise<PdfReadBack> {
  // pdf.js takes ownership of the bytes it is given, so it gets a copy.
  const doc = await getDocument({
    data: new Uint8Array(pdf),
    isEvalSupported: false,
    disableFontFace: true,
    verbosity: 0,
  }).promise;
  try {
    const pages: string[] = [];
    const pageSizes: PageSize[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const [left = 0, bottom = 0, right = 0, top = 0] = page.view;
      pageSizes.push({ width: right - left, height: top - bottom });
      const { items } = await page.getTextContent();
      const lines = toLines(items.filter((item): item is TextItem => 'str' in item));
      pages.push(`${lines.join('\n')}\n`);
    }
    const { info } = await doc.getMetadata();
    const title = (info as { Title?: unknown }).Title;
    return {
      text: pages.join(''),
      pages,
      pageSizes,
      title: typeof title === 'string' ? title : '',
    };
  } finally {
    await doc.destroy();
  }
}
