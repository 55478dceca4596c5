import * as pdf from './pdf-kit';
import { STYLE, type Layout, type Unit } from './pdf-kit';

/** The PDF sections that the comparison and the team map, both readings of several people, share. */

/** The title, then the date and a short line after it on one line. */
export function titleSection(
  layout: Layout,
  title: string,
  date: string | null | undefined,
  line: string,
): Unit[] {
  return [
    ...pdf.heading(layout, title, STYLE.title, 0),
    ...pdf.paragraph(layout, [date, line].filter(Boolean).join(' · '), STYLE.meta, { before: 0 }),
  ];
}

/** One item of a bulleted list in body text. */
export function bullet(layout: Layout, text: string): Unit[] {
  return pdf.paragraph(layout, text, STYLE.body, { before: 0.8, indent: 2, bullet: true });
}

/** The closing: the cautions when there are any, then the bank note and the link, kept together. */
export function closingSection(
  layout: Layout,
  cautions: { readonly heading: string; readonly items: readonly string[] },
  close: {
    readonly bankNote: string;
    readonly shareUrl?: string | null;
    readonly openLink: string;
  },
): Unit[] {
  return [
    ...(cautions.items.length > 0
      ? [...pdf.h2(layout, cautions.heading), ...cautions.items.flatMap((c) => bullet(layout, c))]
      : []),
    ...pdf.together(layout, [
      pdf.rule(layout, 8),
      ...pdf.paragraph(layout, close.bankNote, STYLE.small, { before: 1 }),
      ...(close.shareUrl ? [pdf.shareLink(layout, close.shareUrl, close.openLink)] : []),
    ]),
  ];
}
