import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { DECODER_COPY } from '@/lib/codecs/decoder-copy';
import { findAnswerProblems } from '@/lib/answers/find-answer-problems';
import type { Answers, Form } from '@/lib/answers/schema';
import { loadBank, loadBankVersion } from '@/lib/bank/load-bank';
import type { QuestionBank } from '@/lib/bank/schema';
import { decodeCompareCode, readCompareCodeVersions } from '@/lib/codecs/compare-code';
import { decodeSavedProgress, readSavedProgressVersion } from '@/lib/codecs/saved-progress';
import { decodeShareCode, readShareCodeVersion } from '@/lib/codecs/share-code';
import { decodeExportFile, readExportFileVersion } from '@/lib/export/decode-export-file';
import { buildHistoryRows } from '@/lib/history/build-history-rows';
import { decodeHistoryFile } from '@/lib/history/decode-history-file';
import { historyVersions } from '@/lib/history/history-versions';
import { readStoredHistory } from '@/lib/history/read-stored-history';
import { scoreAnswers, type FitProfile } from '@/lib/scoring';
import type { BankLookup } from '@/lib/versions/bank-lookup';
import { describeEarlierVersion } from '@/lib/versions/describe-earlier-version';
import { SCORING_COPY } from '@/lib/scoring/scoring-copy';
import { VERSIONS_COPY } from '@/lib/versions/versions-copy';

// Every fixture here was made by the released code of bank version 1 (commit dee24e8), and the
// figures beside them were printed by its command line: see tests/fixtures/v1/README.md.
const dir = join(__dirname, '../../fixtures/v1');
const read = (file: string) => readFileSync(join(dir, file), 'utf8');
const json = <T>(file: string) => JSON.parse(read(file)) as T;

type Name = 'platform-cto' | 'product-lead-short' | 'hybrid-founder' | 'data-engineer';
const { figures } = json<{ figures: Record<Name, Figures> }>('figures.json');
const answerSet = (name: string) => json<{ form: Form; answers: Answers }>(`answers-${name}.json`);
const codes = json<{
  shareFull: { code: string };
  shareShort: { code: string };
  compare: { code: string; names: [string, string] };
}>('codes.json');

const current = loadBank();
const v1 = loadBankVersion(1) as QuestionBank;
const lookup: BankLookup<QuestionBank> = loadBankVersion;

interface Figures {
  readonly form: Form;
  readonly answered: number;
  readonly total: number;
  readonly fit: FitProfile['fit'];
  readonly competencies: Readonly<Record<string, number | null>>;
  readonly lean: { role: string; margin: number; strength: string };
  readonly verdict: { kind: string; headline: string };
  readonly confidence: { level: string; reasons: readonly string[] };
  readonly archetype: string | null;
  readonly tensions: Readonly<Record<string, number | null>>;
}

/** The figures of a profile, in the shape they were recorded in. */
function figuresOf(profile: FitProfile): Figures {
  return {
    form: profile.form,
    answered: profile.answered,
    total: profile.total,
    fit: profile.fit,
    competencies: Object.fromEntries(profile.competencies.map((c) => [c.id, c.score])),
    lean: {
      role: profile.lean.role,
      margin: profile.lean.margin,
      strength: profile.lean.strength,
    },
    verdict: { kind: profile.verdict.kind, headline: profile.verdict.headline },
    confidence: {
      level: profile.confidence.level,
      reasons: profile.confidence.reasons.map((r) => r.code),
    },
    archetype: profile.archetype?.id ?? null,
    tensions: Object.fromEntries(profile.tensions.map((t) => [t.id, t.position])),
  };
}

function expectRecorded(bank: QuestionBank, form: Form, answers: Answers, name: Name) {
  expect(bank.version).toBe(1);
  expect(describeEarlierVersion(VERSIONS_COPY.earlier, bank.version).earlier).toBe(true);
  expect(answers).toEqual(answerSet(name).answers);
  expect(figuresOf(scoreAnswers(bank, answers, SCORING_COPY, { form }))).toEqual(figures[name]);
}

describe('bank version 1 fixtures, opened after version 2 ships', () => {
  it('are of an earlier version than the current one', () => {
    expect(current.version).toBeGreaterThan(1);
    expect(describeEarlierVersion(VERSIONS_COPY.earlier, 1, current.version).earlier).toBe(true);
  });

  it.each([
    ['full', codes.shareFull.code, 'platform-cto'],
    ['short', codes.shareShort.code, 'product-lead-short'],
  ] as const)(
    'open a %s-form share link with its recorded figures, scored by bank version 1',
    (_, code, name) => {
      expect(readShareCodeVersion(code)).toBe(1);
      const withCurrent = decodeShareCode(current, code, DECODER_COPY);
      expect(withCurrent).toMatchObject({
        ok: false,
        error: { kind: 'other-version', version: 1, released: true },
      });
      const decoded = decodeShareCode(lookup, code, DECODER_COPY);
      if (!decoded.ok) throw new Error(decoded.error.message);
      expectRecorded(decoded.bank, decoded.value.form, decoded.value.answers, name);
    },
  );

  it('open a compare link with both people’s recorded figures and names', () => {
    expect(readCompareCodeVersions(codes.compare.code)).toEqual([1, 1]);
    const decoded = decodeCompareCode(lookup, codes.compare.code, DECODER_COPY);
    if (!decoded.ok) throw new Error(decoded.error.message);
    const [first, second] = decoded.value;
    expect([first.name, second.name]).toEqual(codes.compare.names);
    expectRecorded(first.bank, first.form, first.answers, 'platform-cto');
    expectRecorded(second.bank, second.form, second.answers, 'product-lead-short');
  });

  it('open a stored history entry as a scored row of an earlier version', () => {
    const stored = json<{ id: string; text: string }>('history-entry.json');
    const history = readStoredHistory([stored], lookup, DECODER_COPY);
    expect(history.unreadable).toEqual([]);
    expect(historyVersions(history.entries)).toEqual([1]);
    const [row] = buildHistoryRows({ scoring: SCORING_COPY }, lookup, history.entries);
    const recorded = figures['hybrid-founder'];
    expect(row).toMatchObject({
      id: stored.id,
      kind: 'scored',
      bankVersion: 1,
      earlierVersion: true,
      fit: recorded.fit,
      verdict: recorded.verdict,
    });
    const reopened = decodeShareCode(
      lookup,
      row?.kind === 'scored' ? row.shareCode : '',
      DECODER_COPY,
    );
    if (!reopened.ok) throw new Error(reopened.error.message);
    expectRecorded(reopened.bank, reopened.value.form, reopened.value.answers, 'hybrid-founder');
  });

  it('open a history file, every entry scored with its recorded figures and compared across it', () => {
    const file = decodeHistoryFile(read('history-file.json'), lookup, DECODER_COPY);
    if (!file.ok) throw new Error(file.problems.join('; '));
    expect(file.value.problems).toEqual([]);
    const rows = buildHistoryRows({ scoring: SCORING_COPY }, lookup, file.value.entries);
    const names: Name[] = ['hybrid-founder', 'platform-cto', 'data-engineer'];
    expect(rows.map((row) => row.kind === 'scored' && row.fit)).toEqual(
      names.map((name) => figures[name].fit),
    );
    expect(rows.every((row) => row.kind === 'scored' && row.earlierVersion)).toBe(true);
    expect(rows.map((row) => row.carriedOver)).toEqual([false, false, true]);
    const newest = rows[0];
    const comparison = decodeCompareCode(
      lookup,
      newest?.kind === 'scored' ? (newest.compareWithEarlier?.compareCode ?? '') : '',
      DECODER_COPY,
    );
    if (!comparison.ok) throw new Error(comparison.error.message);
    expectRecorded(
      comparison.value[0].bank,
      comparison.value[0].form,
      comparison.value[0].answers,
      'platform-cto',
    );
    expectRecorded(
      comparison.value[1].bank,
      comparison.value[1].form,
      comparison.value[1].answers,
      'hybrid-founder',
    );
  });

  it('open an export file, scored again by bank version 1 with its recorded figures', () => {
    const text = read('export-data-engineer.json');
    expect(readExportFileVersion(text, DECODER_COPY)).toBe(1);
    expect(decodeExportFile(current, text, SCORING_COPY, DECODER_COPY).ok).toBe(false);
    const imported = decodeExportFile(lookup, text, SCORING_COPY, DECODER_COPY);
    if (!imported.ok) throw new Error(imported.problems.join('; '));
    expect(imported.value.exportedAt).toBe('2026-11-18');
    expect(figuresOf(imported.value.profile)).toEqual(figures['data-engineer']);
    expectRecorded(
      imported.value.bank,
      imported.value.form,
      imported.value.answers,
      'data-engineer',
    );
  });

  it('show a finished saved result of version 1 as it was, read with its own bank', () => {
    const text = read('saved-finished.txt');
    const stamp = { id: current.id, version: current.version };
    expect(decodeSavedProgress(text, stamp, current.questions, DECODER_COPY)).toMatchObject({
      status: 'older-version',
      savedVersion: 1,
      finished: true,
    });
    const version = readSavedProgressVersion(text);
    expect(version).toBe(1);
    const own = lookup(version ?? 0) as QuestionBank;
    const decoded = decodeSavedProgress(
      text,
      { id: own.id, version: own.version },
      own.questions,
      DECODER_COPY,
    );
    if (decoded.status !== 'restored') throw new Error(decoded.status);
    expect(decoded.dropped).toEqual([]);
    expect(decoded.progress.finished).toBe(true);
    expectRecorded(own, decoded.progress.form, decoded.progress.answers, 'hybrid-founder');
  });

  it('offer the answers of a half-done version 1 quiz that fit the current questions', () => {
    const text = read('saved-in-progress.txt');
    const saved = answerSet('half-done-pm');
    const decoded = decodeSavedProgress(
      text,
      { id: current.id, version: current.version },
      current.questions,
      DECODER_COPY,
    );
    if (decoded.status !== 'older-version') throw new Error(decoded.status);
    const misfits = new Set(
      findAnswerProblems(current.questions, saved.answers, DECODER_COPY).map((p) => p.questionId),
    );
    const fitting = Object.fromEntries(
      Object.entries(saved.answers).filter(([id]) => !misfits.has(id)),
    );
    expect(decoded).toEqual({
      status: 'older-version',
      savedVersion: 1,
      finished: false,
      carryOver: {
        form: 'full',
        answers: fitting,
        count: Object.keys(fitting).length,
        total: 41,
      },
    });
    expect(v1.questions.filter((q) => q.id in saved.answers)).toHaveLength(41);
  });
});
