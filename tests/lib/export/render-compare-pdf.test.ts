import { ENGLISH_PDF_WORDS } from '@/tests/support/english-words';
import { loadBank } from '@/lib/bank/load-bank';
import { loadPairing } from '@/lib/compare/load-pairing';
import { buildCompareSummary } from '@/lib/export/build-compare-summary';
import { renderComparePdf } from '@/lib/export/render-compare-pdf';
import { COLOUR } from '@/lib/export/pdf-text';
import { sanitisePdfText } from '@/lib/export/render-pdf';
import { loadSiteWords } from '@/lib/i18n/load-site-words';
import { describeEarlierVersion } from '@/lib/versions/describe-earlier-version';

import { v1AnswerSet, v1Bank } from './earlier-result';
import { fixedPair } from './fixed-pair';
import { coloursOfText, pdfContent } from './pdf-content';
import { readPdf } from '@/tests/support/read-pdf';
import { VERSIONS_COPY } from '@/lib/versions/versions-copy';

/** The English words, as the English pages hand them. */
const ENGLISH = loadSiteWords('en');

const bank = loadBank();
const content = loadPairing(bank);
const shareUrl = 'https://role-fit.example/compare#c1~a~b~Alex~Sam';
const summary = buildCompareSummary(ENGLISH, bank, content, fixedPair(bank), {
  date: '2026-11-28',
  shareUrl,
});

/** Collapses whitespace, so a phrase can be found however the layout wrapped it. */
const squash = (text: string) => text.replace(/\s+/g, ' ');

describe('renderComparePdf', () => {
  it('reads back with every headline, both fits, each tension’s reading and practices, and the link', async () => {
    const { text } = await readPdf(
      renderComparePdf(summary, { pageSize: 'a4', words: ENGLISH_PDF_WORDS }),
    );
    const flat = squash(text);
    const expected = [
      summary.title,
      summary.header.title,
      summary.seats.headline,
      summary.seats.suggestion,
      ...summary.people.flatMap((p) => [
        `${p.fits.cto.score} / 100 · ${p.fits.cto.level}`,
        `${p.fits.cpo.score} / 100 · ${p.fits.cpo.level}`,
      ]),
      ...summary.tensions.items.flatMap((t) => [
        t.name,
        t.kindLabel,
        t.headline,
        ...t.placedWithNames,
        t.practices[0]!,
      ]),
      ...summary.competencies.rows.map((c) => c.name),
      shareUrl,
    ];
    for (const phrase of expected) expect(flat).toContain(squash(sanitisePdfText(phrase)));
  });

  it('gives the same bytes for the same summary', () => {
    const once = renderComparePdf(summary, { pageSize: 'letter', words: ENGLISH_PDF_WORDS });
    expect(
      Buffer.from(renderComparePdf(summary, { pageSize: 'letter', words: ENGLISH_PDF_WORDS })),
    ).toEqual(Buffer.from(once));
  });

  it('lays out on Letter as well as A4, with a title and page numbers', async () => {
    const { pages, pageSizes, title, text } = await readPdf(
      renderComparePdf(summary, { pageSize: 'letter', words: ENGLISH_PDF_WORDS }),
    );
    expect(pageSizes).toEqual(pages.map(() => ({ width: 612, height: 792 })));
    expect(title).toBe('Role Fit: CTO and CPO — Alex and Sam compared');
    expect(text).toContain(`Page ${pages.length} of ${pages.length}`);
  });

  it('says below the title whose result was taken with an earlier version, and none when both are current', async () => {
    const maya = { ...v1AnswerSet('platform-cto'), name: 'Maya', bank: v1Bank };
    const mixed = buildCompareSummary(ENGLISH, bank, content, [maya, fixedPair(bank)[1]], {
      date: '2026-11-28',
    });
    const text = squash(
      (await readPdf(renderComparePdf(mixed, { pageSize: 'a4', words: ENGLISH_PDF_WORDS }))).text,
    );
    const { notice, retake } = describeEarlierVersion(VERSIONS_COPY.earlier, 1);
    expect(text).toContain(`Maya: ${notice}`);
    expect(text).toContain(retake);
    expect(text).not.toContain(`Sam: ${notice}`);
    expect(text.indexOf(notice)).toBeLessThan(text.indexOf(mixed.header.title));
    const current = squash(
      (await readPdf(renderComparePdf(summary, { pageSize: 'a4', words: ENGLISH_PDF_WORDS }))).text,
    );
    expect(current).not.toContain('earlier version');
  });

  it('greys a score that was not measured in the competency table, and only that one', () => {
    const [alex, sam] = fixedPair(bank);
    const skipped = bank.competencies[0]!;
    const answers = Object.fromEntries(
      Object.entries(sam.answers).filter(([id]) => {
        const question = bank.questions.find((q) => q.id === id);
        return question?.type !== 'likert' || question.competency !== skipped.id;
      }),
    );
    const partial = buildCompareSummary(ENGLISH, bank, content, [alex, { ...sam, answers }], {
      date: '2026-11-28',
      shareUrl,
    });
    const row = partial.competencies.rows.find((r) => r.id === skipped.id)!;
    expect(row.scores[1]).toBeNull();
    const drawn = pdfContent(
      renderComparePdf(partial, { pageSize: 'a4', words: ENGLISH_PDF_WORDS }),
    );
    const grey = COLOUR.muted.map((c) => Number((c / 255).toFixed(3))).join(' ');
    // The table is the last place either cell's text is drawn.
    expect(coloursOfText(drawn, row.cells[1]).at(-1)).toBe(grey);
    expect(coloursOfText(drawn, row.cells[0]).at(-1)).not.toBe(grey);
  });
});
