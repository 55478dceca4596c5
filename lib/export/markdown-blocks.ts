// The pieces every Markdown export is built from.

/** A bullet list, one item per line. */
export function list(items: readonly string[]): string {
  return items.map((item) => `- ${oneLine(item)}`).join('\n');
}

/** A block quote of one or more paragraphs, e.g. a notice set apart from the report. */
export function quote(paragraphs: readonly string[]): string {
  return paragraphs.map((p) => `> ${oneLine(p)}`).join('\n>\n');
}

export type Align = 'left' | 'right';

/** A pipe table with a header row and per-column alignment. */
export function table(
  header: readonly string[],
  align: readonly Align[],
  rows: readonly string[][],
): string {
  const line = (cells: readonly string[]) => `| ${cells.map(cell).join(' | ')} |`;
  const rule = `| ${align.map((a) => (a === 'right' ? '---:' : '---')).join(' | ')} |`;
  return [line(header), rule, ...rows.map(line)].join('\n');
}

// A pipe would end the cell and a line break the row.
function cell(text: string): string {
  return oneLine(text).replace(/\|/g, '\\|');
}

function oneLine(text: string): string {
  return text.replace(/\s*[\r\n]+\s*/g, ' ');
}
