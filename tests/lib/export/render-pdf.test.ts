import { ENGLISH_PDF_WORDS } from '@/tests/support/english-words';
import type { AnswerValue, Answers } from '@/lib/answers/schema';
import { loadBank } from '@/lib/bank/load-bank';
import type { QuestionBank } from '@/lib/bank/schema';
import { buildSummary, type ResultSummary } from '@/lib/export';
import { renderPdf, sanitisePdfText } from '@/lib/export/render-pdf';
import { describeEarlierVersion } from '@/lib/versions/describe-earlier-version';
import { tinyBank } from '@/tests/fixtures/tiny-bank';

import { v1AnswerSet, v1Bank } from './earlier-result';
import { fixedAnswers } from './fixed-answers';
import { readPdf } from '@/tests/support/read-pdf';
import { VERSIONS_COPY } from '@/lib/versions/versions-copy';
import { ENGLISH_WORDS } from '@/tests/support/english-words';

const date = '2026-11-28';
const shareUrl = 'https://role-fit.example/results#1.3.f.abc.Xy';
const A4 = { width: 595.28, height: 841.89 };
const LETTER = { width: 612, height: 792 };

/** Every question of the bank answered, leaning CTO, with values and options that vary. */
function variedAnswers(bank: QuestionBank): Answers {
  const answers: Record<string, AnswerValue> = {};
  bank.questions.forEach((q, i) => {
    if (q.type === 'choice') {
      const option = q.options[i % q.options.length];
      if (option) answers[q.id] = option.id;
      return;
    }
    const side = bank.competencies.find((c) => c.id === q.competency)?.side;
    const base = side === 'cto' ? 4 : side === 'cpo' ? 2 : 3;
    const value = Math.min(5, Math.max(1, base + ([0, 1, -1, 0, 1][i % 5] ?? 0)));
    answers[q.id] = q.keyed === 'reverse' ? 6 - value : value;
  });
  return answers;
}

/** Collapses the layout's runs of spaces, so a phrase can be found whatever its columns. */
function squash(text: string): string {
  return text.replace(/[ \t]+/g, ' ');
}

function expectEverything(text: string, summary: ResultSummary): void {
  const flat = squash(text);
  const words = [
    summary.verdict.headline,
    `${summary.fits.cto.score} / 100`,
    `${summary.fits.cpo.score} / 100`,
    summary.fits.cto.level,
    summary.fits.cpo.level,
    ...summary.competencies.rows.map((c) => c.name),
    ...summary.tensions.rows.map((t) => t.name),
    ...summary.tensions.rows.map((t) => sanitisePdfText(t.placement)),
    summary.archetype.nearest?.name ?? 'Nearest archetype',
    summary.confidence.title,
    `version ${summary.bank.version}`,
    `"${summary.bank.id}"`,
  ];
  for (const word of words) expect(flat).toContain(word);
}

describe('renderPdf', () => {
  it.each([
    ['a4', A4],
    ['letter', LETTER],
  ] as const)(
    'writes the tiny-bank report on %s paper with every heading word readable as text',
    async (pageSize, size) => {
      const summary = buildSummary(ENGLISH_WORDS, tinyBank, fixedAnswers, 'full', {
        date,
        shareUrl,
      });
      const { text, pages, pageSizes } = await readPdf(
        renderPdf(summary, { pageSize, words: ENGLISH_PDF_WORDS }),
      );
      expect(pageSizes).toEqual(pages.map(() => size));
      expectEverything(text, summary);
      expect(squash(text)).toContain(shareUrl);
      expect(squash(text)).toContain('not measured');
      expect(summary.confidence.level).toBe('medium');
      expect(squash(text)).toContain('Medium confidence');
    },
  );

  it('writes the full real-bank report with every competency, tension and the archetype', async () => {
    const bank = loadBank();
    const summary = buildSummary(ENGLISH_WORDS, bank, variedAnswers(bank), 'full', {
      date,
      shareUrl,
    });
    const { text, pageSizes, pages } = await readPdf(
      renderPdf(summary, { pageSize: 'a4', words: ENGLISH_PDF_WORDS }),
    );
    expect(pageSizes).toEqual(pages.map(() => A4));
    expect(summary.archetype.nearest).not.toBeNull();
    expectEverything(text, summary);
    expect(squash(text)).toContain(shareUrl);
    expect(pages.length).toBeGreaterThan(1);
  });

  it('shows each fit’s and each competency’s range, the range guide and every archetype in order', async () => {
    const bank = loadBank();
    const summary = buildSummary(ENGLISH_WORDS, bank, variedAnswers(bank), 'full', { date });
    const { text } = await readPdf(
      renderPdf(summary, { pageSize: 'a4', words: ENGLISH_PDF_WORDS }),
    );
    const flat = squash(text);
    expect(flat).toContain(`range ${summary.fits.cto.rangeText}`);
    expect(flat).toContain(`range ${summary.fits.cpo.rangeText}`);
    // The chart's number with its range, and the table's range column.
    for (const c of summary.competencies.rows) {
      if (c.score === null || c.range === null) continue;
      expect(flat).toContain(`${c.score} (${c.range.low}–${c.range.high})`);
      expect(flat).toMatch(
        new RegExp(`${c.score} +${c.range.low}–${c.range.high} +${c.answered} of`),
      );
    }
    expect(flat).toContain(summary.readingGuide.range.title);
    expect(text.replace(/\s+/g, ' ')).toContain(summary.readingGuide.range.paragraph);
    const ranking = summary.archetypeRanking;
    expect(ranking.archetypes).toHaveLength(bank.archetypes.length);
    expect(flat).toContain(ranking.title);
    const positions = ranking.archetypes.map((a) => {
      const at = flat.indexOf(`${a.rank}. ${a.name}`, flat.indexOf(ranking.title));
      expect(at, a.name).toBeGreaterThan(-1);
      expect(flat.slice(at, at + 200)).toContain(`${a.similarity} / 100`);
      return at;
    });
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
  });

  it('ends every page with its own "Page N of M"', async () => {
    const bank = loadBank();
    const summary = buildSummary(ENGLISH_WORDS, bank, variedAnswers(bank), 'full', { date });
    for (const pageSize of ['a4', 'letter'] as const) {
      // pdf.js gives one entry per page of the document, so M is the true page count.
      const { pages } = await readPdf(renderPdf(summary, { pageSize, words: ENGLISH_PDF_WORDS }));
      pages.forEach((page, i) => {
        expect(page.trimEnd().endsWith(`Page ${i + 1} of ${pages.length}`)).toBe(true);
      });
    }
  });

  it('leaves the share link out when the summary has none', async () => {
    const summary = buildSummary(ENGLISH_WORDS, tinyBank, fixedAnswers, 'full', { date });
    const { text } = await readPdf(
      renderPdf(summary, { pageSize: 'a4', words: ENGLISH_PDF_WORDS }),
    );
    expect(text).not.toContain('Open this result');
  });

  it('says so when nothing was answered, instead of naming an archetype', async () => {
    const summary = buildSummary(ENGLISH_WORDS, tinyBank, {}, 'short', { date });
    const { text } = await readPdf(
      renderPdf(summary, { pageSize: 'a4', words: ENGLISH_PDF_WORDS }),
    );
    expect(squash(text)).toContain(
      'No competency was answered, so there is nothing to compare with the archetypes.',
    );
  });

  it('says on its first page, before the verdict, that a result was taken with an earlier version', async () => {
    const { form, answers } = v1AnswerSet('data-engineer');
    const summary = buildSummary(ENGLISH_WORDS, v1Bank, answers, form, { date });
    const { pages } = await readPdf(
      renderPdf(summary, { pageSize: 'a4', words: ENGLISH_PDF_WORDS }),
    );
    const first = (pages[0] ?? '').replace(/\s+/g, ' ');
    const { notice, retake } = describeEarlierVersion(VERSIONS_COPY.earlier, 1);
    expect(first).toContain(notice);
    expect(first).toContain(retake);
    expect(first.indexOf(notice)).toBeLessThan(first.indexOf(summary.verdict.headline));
    expectEverything(pages.join(''), summary);
  });

  it('says nothing of an earlier version for a result of the current one', async () => {
    const bank = loadBank();
    const summary = buildSummary(ENGLISH_WORDS, bank, variedAnswers(bank), 'full', { date });
    const { text } = await readPdf(
      renderPdf(summary, { pageSize: 'a4', words: ENGLISH_PDF_WORDS }),
    );
    expect(text.replace(/\s+/g, ' ')).not.toContain('earlier version');
  });

  it('gives the same bytes for the same summary, reading no clock', () => {
    const summary = buildSummary(ENGLISH_WORDS, tinyBank, fixedAnswers, 'full', { date });
    vi.useFakeTimers();
    try {
      // A year and a second apart: a PDF that read the clock would differ in its dates or its id.
      vi.setSystemTime(new Date('2026-11-28T09:00:00Z'));
      const first = renderPdf(summary, { pageSize: 'a4', words: ENGLISH_PDF_WORDS });
      vi.setSystemTime(new Date('2027-11-28T09:00:01Z'));
      const second = renderPdf(summary, { pageSize: 'a4', words: ENGLISH_PDF_WORDS });
      expect(second).toEqual(first);
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('sanitisePdfText', () => {
  it.each([
    [
      'maps characters the standard PDF fonts lack and keeps those they have',
      'Technology-first (−60) … “quoted” ’ – — • é',
      'Technology-first (-60) ... “quoted” ’ – — • é',
    ],
    ['turns a character with no close equivalent into a question mark', 'a ☃ b', 'a ? b'],
  ])('%s', (_, text, expected) => {
    expect(sanitisePdfText(text)).toBe(expected);
  });
});
