import { ENGLISH_PDF_WORDS } from '@/tests/support/english-words';
import { bench, describe } from 'vitest';

import type { AnswerValue } from '@/lib/answers/schema';
import { loadBank } from '@/lib/bank/load-bank';
import { buildSummary } from '@/lib/export/build-summary';
import { renderPdf } from '@/lib/export/render-pdf';
import { ENGLISH_WORDS } from '@/tests/support/english-words';

const bank = loadBank();
const answers: Record<string, AnswerValue> = Object.fromEntries(
  bank.questions.map((q, i) => [
    q.id,
    q.type === 'likert' ? ((i * 3) % 5) + 1 : (q.options[i % q.options.length]?.id ?? ''),
  ]),
);
const summary = buildSummary(ENGLISH_WORDS, bank, answers, 'full', {
  date: '2026-11-28',
  shareUrl: 'https://role-fit.example/results#code',
});

// The budget is a PDF ready in under 500 ms; 1 000 / hz is the mean time per report.
describe('renderPdf', () => {
  bench('a full answer set, A4', () => {
    renderPdf(summary, { pageSize: 'a4', words: ENGLISH_PDF_WORDS });
  });
});
