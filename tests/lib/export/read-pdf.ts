import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A PDF read back with poppler: its text, the text of each page, and its document info. */
export interface PdfReadBack {
  readonly text: string;
  readonly pages: readonly string[];
  readonly info: string;
}

/** Writes the PDF to a scratch folder, reads it back with `pdftotext` and `pdfinfo`, and cleans up. */
export function readPdf(pdf: Uint8Array): PdfReadBack {
  const folder = mkdtempSync(join(tmpdir(), 'role-fit-pdf-'));
  try {
    const file = join(folder, 'report.pdf');
    writeFileSync(file, pdf);
    const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
    const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
    return { text, pages: text.split('\f').slice(0, -1), info };
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}
