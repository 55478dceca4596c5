import { z } from 'zod';

import { findAnswerProblems } from '@/lib/answers/find-answer-problems';
import { FormSchema, type AnswerValue, type Answers, type Form } from '@/lib/answers/schema';
import { describeIssues } from '@/lib/bank/describe-issues';
import type { QuestionBank } from '@/lib/bank/schema';
import { decoded, rejected, type DecodeResult } from '@/lib/codecs/decode-result';
import { readJsonFile } from '@/lib/codecs/read-json-file';
import { scoreAnswers, type FitProfile } from '@/lib/scoring';
import { bankFor, currentBankOf, type BankSource } from '@/lib/versions/bank-lookup';
import { CURRENT_VERSION, isReleasedVersion } from '@/lib/versions/released-versions';

import type { ScoringCopy } from '@/lib/scoring/copy-schema';

import { EXPORT_FORMAT, EXPORT_FORMAT_VERSION, EXPORT_MAX_BYTES } from './export-format';

const missingOr =
  (message: string) =>
  (issue: { input?: unknown }): string =>
    issue.input === undefined ? 'is missing' : message;

/** Unknown fields are named; anything else that is not an object says what it should be. */
const strictObjectError =
  (what: string) =>
  (issue: z.core.$ZodRawIssue): string => {
    if (issue.code === 'unrecognized_keys') {
      const keys = issue.keys.map((k) => `"${k}"`).join(', ');
      return `has ${issue.keys.length === 1 ? 'an unknown field' : 'unknown fields'} ${keys}`;
    }
    return missingOr(what)(issue);
  };

/** The export file as read: its shape only; answers are checked against the bank afterwards. */
export const ExportFileSchema = z.strictObject(
  {
    format: z.literal(EXPORT_FORMAT),
    formatVersion: z.literal(EXPORT_FORMAT_VERSION),
    bank: z.strictObject(
      {
        id: z.string({ error: missingOr('must be the id of a question bank') }),
        version: z
          .number({ error: missingOr('must be a version number') })
          .int('must be a version number'),
      },
      { error: strictObjectError('must be an object such as {"id": "role-fit", "version": 1}') },
    ),
    form: z.enum(FormSchema.options, { error: missingOr('must be "short" or "full"') }),
    answers: z.record(z.string(), z.unknown(), {
      error: missingOr('must be an object that maps question ids to answers'),
    }),
    // Read for its shape only: the profile is always recomputed from the answers.
    profile: z.record(z.string(), z.unknown(), { error: missingOr('must be an object') }),
    exportedAt: z.string({ error: missingOr('must be the date of the export') }),
  },
  { error: strictObjectError('must be a JSON object') },
);

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
export function readExportFileVersion(text: string): number | null {
  const json = readJsonFile(text, { maxBytes: EXPORT_MAX_BYTES, kind: 'an export' });
  if (!json.ok || checkEnvelope(json.value).length > 0) return null;
  return readBankStamp((json.value as { bank?: unknown }).bank)?.version ?? null;
}

/**
 * Reads a JSON export file with the bank of the version it names: one bank, or a lookup of banks
 * by version. Never throws: every problem is listed in words. The file's own profile is never
 * trusted; the answers are checked against their bank and scored again by it, its verdict told in
 * the language of `scoring`.
 */
export function decodeExportFile(
  source: BankSource<QuestionBank>,
  text: string,
  scoring: ScoringCopy,
): DecodeResult<ImportedResult> {
  const json = readJsonFile(text, { maxBytes: EXPORT_MAX_BYTES, kind: 'an export' });
  if (!json.ok) return json;

  const envelope = checkEnvelope(json.value);
  if (envelope.length > 0) return rejected(...envelope);

  const problems: string[] = [];
  const raw = json.value as { bank?: unknown; answers?: unknown };
  const fileBank = readBankStamp(raw.bank);
  const current = currentBankOf(source);
  const bank = fileBank ? bankFor(source, fileBank.version, fileBank.id) : current;
  if (fileBank && !bank) problems.push(describeOtherBank(fileBank, current));
  const shape = ExportFileSchema.safeParse(json.value);
  if (!shape.success) problems.push(...describeIssues(shape.error.issues));
  if (bank && isRecord(raw.answers)) {
    // The parsed JSON rather than zod's copy is checked, as the answers file does.
    for (const p of findAnswerProblems(bank.questions, raw.answers)) {
      problems.push(`question "${p.questionId}" ${p.message}`);
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
): string {
  if (current && fileBank.id !== current.id) {
    return `bank: the answers were given to the questions "${fileBank.id}"; this quiz uses "${current.id}"`;
  }
  const latest = current?.version ?? CURRENT_VERSION;
  if (fileBank.version > latest) {
    return `bank: the answers were given to version ${fileBank.version} of the questions, newer than this site's (version ${latest}), so they cannot be read here; open the file on the site it came from`;
  }
  return isReleasedVersion(fileBank.version)
    ? `bank: the answers were given to version ${fileBank.version} of the questions, which is not loaded here yet; try again in a moment`
    : `bank: the answers were given to version ${fileBank.version} of the questions, which was never released, so they cannot be read here`;
}

/** Another format, or another version of this one, is reported alone: its fields mean other things. */
function checkEnvelope(value: unknown): string[] {
  if (!isRecord(value)) return ['is not a Role Fit export: it must be a JSON object'];
  const { format, formatVersion } = value;
  if (format === undefined) return [`is not a Role Fit export: it has no "format" field`];
  if (format !== EXPORT_FORMAT) {
    return [
      `is not a Role Fit export: its format is ${JSON.stringify(format)}, not "${EXPORT_FORMAT}"`,
    ];
  }
  if (formatVersion !== EXPORT_FORMAT_VERSION) {
    return [
      typeof formatVersion === 'number'
        ? `uses export format version ${formatVersion}; this version of Role Fit reads version ${EXPORT_FORMAT_VERSION}`
        : `formatVersion: must be ${EXPORT_FORMAT_VERSION}`,
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
