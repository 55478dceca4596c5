import type { jsPDF } from 'jspdf';

// The text side of every PDF the site makes: colours, the WinAnsi-safe text of the built-in
// fonts, text styles and single lines of text. Units are millimetres.

export type Rgb = readonly [number, number, number];

export const COLOUR = {
  text: [26, 26, 26],
  muted: [85, 85, 85],
  rule: [200, 200, 200],
  track: [236, 239, 243],
  grid: [214, 218, 224],
  score: [90, 99, 112],
  cto: [31, 95, 191], // #1f5fbf
  cpo: [163, 74, 6], // #a34a06
} as const satisfies Record<string, Rgb>;

export const PT = 25.4 / 72;
export const LEADING = 1.35;

// The standard PDF fonts are WinAnsi: anything outside it would come out as a wrong glyph.
const REPLACEMENTS: Record<string, string> = {
  '\u2212': '-',
  '\u2026': '...',
  '\u2010': '-',
  '\u2011': '-',
  '\u2192': '->',
  '\u2190': '<-',
  '\u2264': '<=',
  '\u2265': '>=',
  '\u2248': '~',
  '\u00a0': ' ',
  '\u2009': ' ',
  '\u202f': ' ',
  '\u200b': '',
};
const WIN_ANSI_EXTRAS = new Set('€‚ƒ„†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ');

/** Text as the built-in PDF fonts can show it: characters outside WinAnsi become a close ASCII. */
export function sanitisePdfText(text: string): string {
  let out = '';
  for (const char of text) {
    const replaced = REPLACEMENTS[char];
    if (replaced !== undefined) out += replaced;
    else if (isWinAnsi(char)) out += char;
    else {
      const base = char.normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
      out += [...base].every(isWinAnsi) && base !== '' ? base : '?';
    }
  }
  return out;
}

function isWinAnsi(char: string): boolean {
  const code = char.codePointAt(0) ?? 0;
  return (
    char === '\n' ||
    (code >= 0x20 && code <= 0x7e) ||
    (code >= 0xa0 && code <= 0xff) ||
    WIN_ANSI_EXTRAS.has(char)
  );
}

export interface TextStyle {
  readonly size: number;
  readonly bold?: boolean;
  readonly colour?: Rgb;
}

export function setStyle(doc: jsPDF, style: TextStyle): void {
  doc.setFont('helvetica', style.bold ? 'bold' : 'normal');
  doc.setFontSize(style.size);
  doc.setTextColor(...(style.colour ?? COLOUR.text));
}

export function lineHeight(size: number): number {
  return size * PT * LEADING;
}

export function wrap(doc: jsPDF, text: string, style: TextStyle, width: number): string[] {
  setStyle(doc, style);
  return doc.splitTextToSize(sanitisePdfText(text), width) as string[];
}

export function drawLine(
  doc: jsPDF,
  text: string,
  x: number,
  y: number,
  style: TextStyle,
  align?: 'right',
): void {
  setStyle(doc, style);
  doc.text(sanitisePdfText(text), x, y, { baseline: 'top', ...(align ? { align } : {}) });
}

export const STYLE = {
  title: { size: 18, bold: true },
  meta: { size: 9, colour: COLOUR.muted },
  verdict: { size: 14, bold: true },
  h2: { size: 12.5, bold: true },
  h3: { size: 10, bold: true },
  body: { size: 9.5 },
  small: { size: 8, colour: COLOUR.muted },
  tableHead: { size: 8.5, bold: true },
  table: { size: 8.5 },
} as const satisfies Record<string, TextStyle>;

export function rgb(colour: Rgb): [number, number, number] {
  return [colour[0], colour[1], colour[2]];
}

export function clamp(score: number): number {
  return Math.max(0, Math.min(100, score));
}
