import { inflateSync } from 'node:zlib';

/**
 * The drawing operators of every page of a PDF, inflated: text shows as `(words) Tj` after the
 * `r g b rg` that colours it, so a test can ask how a piece of text was drawn.
 */
export function pdfContent(pdf: Uint8Array): string {
  const bytes = Buffer.from(pdf);
  const raw = bytes.toString('latin1');
  const streams: string[] = [];
  for (const match of raw.matchAll(/stream\r?\n/g)) {
    const start = match.index + match[0].length;
    const end = raw.indexOf('endstream', start);
    try {
      streams.push(inflateSync(bytes.subarray(start, end)).toString('latin1'));
    } catch {
      // Not a deflated stream (an uncompressed one, or a font's data): nothing to draw here.
    }
  }
  return streams.join('\n');
}

/** The fill colour (`r g b`, 0–1; a grey's `g` as three equal parts) in force at each place the text `(words) Tj` is drawn, in order. */
export function coloursOfText(content: string, words: string): string[] {
  const colours: string[] = [];
  let fill = '0 0 0';
  const operators =
    /(?<![\d.])([\d.]+ [\d.]+ [\d.]+) rg|(?<![\d.])([\d.]+) g\b|\(((?:[^()\\]|\\.)*)\) Tj/g;
  for (const match of content.matchAll(operators)) {
    if (match[1]) fill = match[1];
    else if (match[2]) fill = `${match[2]} ${match[2]} ${match[2]}`;
    else if (match[3] === words) colours.push(fill);
  }
  return colours;
}
