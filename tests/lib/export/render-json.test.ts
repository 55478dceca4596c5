import { loadBankVersion } from '@/lib/bank/load-bank';
import { DECODER_COPY } from '@/lib/codecs/decoder-copy';
import { buildSummary, decodeExportFile, renderJson } from '@/lib/export';
import { scoreAnswers } from '@/lib/scoring';
import { tinyBank } from '@/tests/fixtures/tiny-bank';

import { v1AnswerSet, v1Bank } from './earlier-result';
import { fixedAnswers } from './fixed-answers';
import { SCORING_COPY } from '@/lib/scoring/scoring-copy';
import { ENGLISH_WORDS } from '@/tests/support/english-words';

const date = '2026-11-28';

/** The keys of an export file, in the order it writes them. */
const FILE_KEYS = ['format', 'formatVersion', 'bank', 'form', 'answers', 'profile', 'exportedAt'];

describe('renderJson', () => {
  it('writes the format, the bank, the form, the answers, the profile and the date, in that order', () => {
    const text = renderJson(
      buildSummary(ENGLISH_WORDS, tinyBank, fixedAnswers, 'full', { date }),
      fixedAnswers,
    );
    const file = JSON.parse(text) as Record<string, unknown>;
    expect(Object.keys(file)).toEqual(FILE_KEYS);
    expect(file).toEqual({
      format: 'role-fit-export',
      formatVersion: 1,
      bank: { id: 'tiny', version: 3 },
      form: 'full',
      answers: fixedAnswers,
      profile: JSON.parse(JSON.stringify(scoreAnswers(tinyBank, fixedAnswers, SCORING_COPY))),
      exportedAt: date,
    });
  });

  it('is pretty-printed and ends with a line break', () => {
    const text = renderJson(
      buildSummary(ENGLISH_WORDS, tinyBank, fixedAnswers, 'full', { date }),
      fixedAnswers,
    );
    expect(text.startsWith('{\n  "format": "role-fit-export",\n  "formatVersion": 1,\n')).toBe(
      true,
    );
    expect(text.endsWith('}\n')).toBe(true);
  });

  it('gives the same text whatever order the answers were given in', () => {
    const reversed = Object.fromEntries(Object.entries(fixedAnswers).reverse());
    const summary = buildSummary(ENGLISH_WORDS, tinyBank, fixedAnswers, 'full', { date });
    expect(renderJson(summary, reversed)).toBe(renderJson(summary, fixedAnswers));
  });

  it('keeps the file format for a result of an earlier version: its stamp says which, and it reads back', () => {
    const { form, answers } = v1AnswerSet('data-engineer');
    const summary = buildSummary(ENGLISH_WORDS, v1Bank, answers, form, { date: '2026-11-28' });
    const text = renderJson(summary, answers);
    expect(Object.keys(JSON.parse(text) as object)).toEqual(FILE_KEYS);
    const read = decodeExportFile(loadBankVersion, text, SCORING_COPY, DECODER_COPY);
    expect(read.ok && read.value.bank.version).toBe(1);
    expect(read.ok && read.value.profile).toEqual(summary.profile);
  });
});
