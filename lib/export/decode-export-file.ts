import { z } from 'zod';

import { findAnswerProblems } from '@/lib/answers/find-answer-problems';
import { FormSchema, type AnswerValue, type Answers, type Form } from '@/lib/answers/schema';
import { describeIssues } from '@/lib/bank/describe-issues';
import { fillPlural, fillTemplate } from '@/lib/copy/fill-template';
import type { QuestionBank } from '@/lib/bank/schema';
import { decoded, rejected, type DecodeResult } from '@/lib/codecs/decode-result';
import type { DecoderCopy } from '@/lib/codecs/decoder-copy-schema';
import { readJsonFile } from '@/lib/codecs/read-json-file';
import { scoreAnswers, type FitProfile } from '@/lib/scoring';
import { bankFor, currentBankOf, type BankSource } from '@/lib/versions/bank-lookup';
import { CURRENT_VERSION, isReleasedVersion } from '@/lib/versions/released-versions';

import type { ScoringCopy } from '@/lib/scoring/copy-schema';

import { EXPORT_FORMAT, EXPORT_FORMAT_VERSION, EXPORT_MAX_BYTES } from './export-format';

/**
 * The export file as read: its shape only; answers are checked against the bank afterwards. Its
 * problems are said in `words`.
 */
export function exportFileSchema(words: DecoderCopy) {
  const said = words.exportFile.fields;
  const missingOr =
    (message: string) =>
    (issue: { input?: unknown }): string =>
      issue.input === undefined ? said.missing : message;
  /** Unknown fields are named; anything else that is not an object says what it should be. */
  const strictObjectError =
    (what: string) =>
    (issue: z.core.$ZodRawIssue): string => {
      if (issue.code === 'unrecognized_keys') {
        const keys = issue.keys.map((k) => `"${k}"`).join(', ');
        return fillPlural(said.unknown, issue.keys.length, { keys });
      }
      return missingOr(what)(issue);
    };
  return z.strictObject(
    {
      format: z.literal(EXPORT_FORMAT),
      formatVersion: z.literal(EXPORT_FORMAT_VERSION),
      bank: z.strictObject(
        {
          id: z.string({ error: missingOr(said.bankId) }),
          version: z.number({ error: missingOr(said.version) }).int(said.version),
        },
        { error: strictObjectError(said.bank) },
      ),
      form: z.enum(FormSchema.options, { error: missingOr(said.form) }),
      answers: z.record(z.string(), z.unknown(), { error: missingOr(said.answers) }),
      // Read for its shape only: the profile is always recomputed from the answers.
      profile: z.record(z.string(), z.unknown(), { error: missingOr(said.profile) }),
      exportedAt: z.string({ error: missingOr(said.exportedAt) }),
    },
    { error: strictObjectError(said.notObject) },
  );
}

/**
 * A result read back from an export file, with its profile computed afresh from the answers by
 * the bank of the file's own version.
 */
export interface ImportedResult {
  readonly answers: Answers;
  readonly form: Form;
  readonly profile: FitProfile;
  readonly exportedAt: string;
  /** The bank the answers were given to, which scored them: older than the current one for an earlier result. */
  readonly bank: QuestionBank;
}

/**
 * The bank version an export file names, read without any bank (phase one of decoding), or null
 * when the text is not an export with a readable stamp.
 */
export function readExportFileVersion(text: string, words: DecoderCopy): number | null {
  const json = readJsonFile(text, exportLimits(words), words);
  if (!json.ok || checkEnvelope(json.value, words).length > 0) return null;
  return readBankStamp((json.value as { bank?: unknown }).bank)?.version ?? null;
}

/**
 * Reads a JSON export file with the bank of the version it names: one bank, or a lookup of banks
 * by version. Never throws: every problem is listed in words. The file's own profile is never
 * trusted; the answers are checked against their bank and scored again by it, its verdict told in
 * the language of `scoring`. Every problem is in `words`.
 */
export function decodeExportFile(
  source: BankSource<QuestionBank>,
  text: string,
  scoring: ScoringCopy,
  words: DecoderCopy,
): DecodeResult<ImportedResult> {
  const json = readJsonFile(text, exportLimits(words), words);
  if (!json.ok) return json;

  const envelope = checkEnvelope(json.value, words);
  if (envelope.length > 0) return rejected(...envelope);

  const problems: string[] = [];
  const raw = json.value as { bank?: unknown; answers?: unknown };
  const fileBank = readBankStamp(raw.bank);
  const current = currentBankOf(source);
  const bank = fileBank ? bankFor(source, fileBank.version, fileBank.id) : current;
  if (fileBank && !bank) problems.push(describeOtherBank(fileBank, current, words));
  const shape = exportFileSchema(words).safeParse(json.value);
  if (!shape.success) problems.push(...describeIssues(shape.error.issues));
  if (bank && isRecord(raw.answers)) {
    // The parsed JSON rather than zod's copy is checked, as the answers file does.
    for (const p of findAnswerProblems(bank.questions, raw.answers, words)) {
      problems.push(
        fillTemplate(words.answerProblem, { question: p.questionId, problem: p.message }),
      );
    }
  }
  if (!shape.success || !bank || problems.length > 0) return rejected(...problems);

  const { form, exportedAt } = shape.data;
  const answers = shape.data.answers as Record<string, AnswerValue>;
  return decoded({
    answers,
    form,
    profile: scoreAnswers(bank, answers, scoring, { form }),
    exportedAt,
    bank,
  });
}

/** Why the file's bank is not at hand: other questions, a newer version, or one not loaded. */
function describeOtherBank(
  fileBank: { readonly id: string; readonly version: number },
  current: QuestionBank | null,
  words: DecoderCopy,
): string {
  const said = words.exportFile;
  if (current && fileBank.id !== current.id) {
    return fillTemplate(said.otherQuestions, { file: fileBank.id, current: current.id });
  }
  const latest = current?.version ?? CURRENT_VERSION;
  const { version } = fileBank;
  if (version > latest) return fillTemplate(said.newer, { version, current: latest });
  return fillTemplate(isReleasedVersion(version) ? said.notLoaded : said.neverReleased, {
    version,
  });
}

function exportLimits(words: DecoderCopy) {
  return { maxBytes: EXPORT_MAX_BYTES, kind: words.exportFile.kind };
}

/** Another format, or another version of this one, is reported alone: its fields mean other things. */
function checkEnvelope(value: unknown, words: DecoderCopy): string[] {
  const said = words.exportFile;
  if (!isRecord(value)) return [said.notAnObject];
  const { format, formatVersion } = value;
  if (format === undefined) return [said.noFormat];
  if (format !== EXPORT_FORMAT) {
    return [
      fillTemplate(said.otherFormat, {
        format: JSON.stringify(format) ?? String(format),
        expected: EXPORT_FORMAT,
      }),
    ];
  }
  if (formatVersion !== EXPORT_FORMAT_VERSION) {
    return [
      typeof formatVersion === 'number'
        ? fillTemplate(said.otherFormatVersion, {
            version: formatVersion,
            current: EXPORT_FORMAT_VERSION,
          })
        : fillTemplate(said.badFormatVersion, { current: EXPORT_FORMAT_VERSION }),
    ];
  }
  return [];
}

function readBankStamp(value: unknown): { id: string; version: number } | null {
  if (!isRecord(value)) return null;
  const { id, version } = value;
  return typeof id === 'string' && typeof version === 'number' ? { id, version } : null;
}

function isRecord(value: unknown): value is Readonly<Record<string, unknown>> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
