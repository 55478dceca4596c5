import { fillTemplate } from '@/lib/copy/fill-template';
import { MAX_TEAM_SIZE } from '@/lib/team/team-size';
import type { BankSource } from '@/lib/versions/bank-lookup';

import type { DecoderCopy } from './decoder-copy-schema';
import { cleanName, decodeName, MAX_NAME_LENGTH } from './person-name';
import { decodeShareCode, readShareCodeVersion } from './share-code';
import type { ShareBank, ShareCodeProblem, SharedAnswers } from './share-code';

/** Raised whenever the layout of a team code changes. */
export const TEAM_FORMAT = 1;

/** One member as a team link holds them: their share code and a name, "" when none was given. */
export interface TeamMemberLink {
  readonly code: string;
  readonly name: string;
}

/** A member read from a team code, with the bank of their own version, which scores them. */
export interface DecodedTeamMember<B extends ShareBank = ShareBank> extends SharedAnswers {
  /** Where they stand in the link, from 0. */
  readonly position: number;
  /** Their name, or "" when the link has none (the view then numbers them). */
  readonly name: string;
  readonly code: string;
  readonly bank: B;
}

export type TeamMemberProblemKind = ShareCodeProblem | 'bad-name' | 'missing';

/** Why one member of a team link cannot be read; the other members are kept. */
export interface TeamMemberProblem {
  readonly position: number;
  /** The member's share code as the link holds it ("" when missing), so a form can keep it. */
  readonly code: string;
  readonly name: string;
  readonly kind: TeamMemberProblemKind;
  /** e.g. "Member 3 (Ana): This link is incomplete: …". */
  readonly message: string;
  /** For 'other-version': the bank version the member's link names, null for another link format. */
  readonly version?: number | null;
  /** For 'other-version': true when that version was released (load it, decode again). */
  readonly released?: boolean;
}

export type TeamCodeProblem = 'malformed' | 'single-result' | 'other-version' | 'too-many';

/** Why a team code as a whole cannot be read. */
export interface TeamCodeError {
  readonly kind: TeamCodeProblem;
  readonly message: string;
}

/** Every readable member, and every unreadable one named with its reason. */
export type TeamDecoding<B extends ShareBank = ShareBank> =
  | {
      readonly ok: true;
      readonly members: readonly DecodedTeamMember<B>[];
      readonly problems: readonly TeamMemberProblem[];
    }
  | { readonly ok: false; readonly error: TeamCodeError };

// `t1.<count>~<code>[!<name>]~…`: `~` and `!` are outside the share-code alphabet (base64url and
// `.`) and never escaped in a URL. Names are percent-encoded with `~` and `!` escaped too. The
// count names how many members were sent, so a link cut short at a `~` still says who is missing;
// each member's share code carries its own checksum, as in the compare link.
const SEPARATOR = '~';
const NAME_MARK = '!';

/** Encodes members' share codes and optional names as one code for the URL fragment of `/team`. */
export function encodeTeamCode(members: readonly TeamMemberLink[]): string {
  const parts = members.map(({ code, name }) => {
    const cleaned = cleanName(name);
    return cleaned === '' ? code.trim() : `${code.trim()}${NAME_MARK}${encodeName(cleaned)}`;
  });
  return [`t${TEAM_FORMAT}.${members.length}`, ...parts].join(SEPARATOR);
}

/** True when the text is a team code of any format (not necessarily readable), e.g. `t1.4~…`. */
export function isTeamCode(text: string): boolean {
  return /^t\d+\.\d+~/.test(strip(text));
}

/**
 * The bank version each member's link names, read without any bank (phase one of decoding);
 * null for a member whose link is unreadable, [] when the text is not a team code of this format.
 */
export function readTeamCodeVersions(code: string): readonly (number | null)[] {
  const [head = '', ...parts] = strip(code).split(SEPARATOR);
  if (!new RegExp(`^t${TEAM_FORMAT}\\.\\d+$`).test(head)) return [];
  return parts.map((part) => readShareCodeVersion(splitMember(part).code));
}

/**
 * Every member's link and name as a team code holds them, read or not, so that a team that cannot
 * be opened does not lose a good link: a damaged name becomes "", and the list is empty when the
 * text is not a team code of any format. Never throws.
 */
export function readTeamCodeLinks(code: string): TeamMemberLink[] {
  if (!isTeamCode(code)) return [];
  const [, ...parts] = strip(code).split(SEPARATOR);
  return parts.map((part) => {
    const { code: link, rawName } = splitMember(part);
    return { code: link, name: decodeName(rawName) ?? '' };
  });
}

/**
 * Reads a team code back, each member's answers with the bank of their own version. A member
 * whose link or name is bad is named in `problems` with its reason and the others are kept; only
 * a code that is not a team code of this format fails as a whole. Never throws. Every message is
 * in `words`.
 */
export function decodeTeamCode<B extends ShareBank>(
  source: BankSource<B>,
  code: string,
  words: DecoderCopy,
): TeamDecoding<B> {
  const said = words.teamCode;
  const [head = '', ...parts] = strip(code).split(SEPARATOR);
  if (parts.length === 0 && /^\d+\.\d+\.[a-z]\./.test(head)) {
    return fail('single-result', said.singleResult);
  }
  const match = /^t(\d+)\.(\d+)$/.exec(head);
  if (!match) return fail('malformed', said.malformed);
  if (Number(match[1]) !== TEAM_FORMAT) {
    return fail(
      'other-version',
      fillTemplate(said.otherFormat, { format: match[1] ?? '', current: TEAM_FORMAT }),
    );
  }
  const count = Number(match[2]);
  if (count > MAX_TEAM_SIZE || parts.length > MAX_TEAM_SIZE) {
    return fail('too-many', fillTemplate(said.tooMany, { max: MAX_TEAM_SIZE }));
  }
  const members: DecodedTeamMember<B>[] = [];
  const problems: TeamMemberProblem[] = [];
  parts.forEach((part, position) => {
    const read = readMember(source, part, position, words);
    if ('kind' in read) problems.push(read);
    else members.push(read);
  });
  for (let position = parts.length; position < count; position++) {
    problems.push({
      position,
      code: '',
      name: '',
      kind: 'missing',
      message: fillTemplate(said.missing, { member: label(said, position, '') }),
    });
  }
  return { ok: true, members, problems };
}

function readMember<B extends ShareBank>(
  source: BankSource<B>,
  part: string,
  position: number,
  words: DecoderCopy,
): DecodedTeamMember<B> | TeamMemberProblem {
  const said = words.teamCode;
  const { code, rawName } = splitMember(part);
  const name = decodeName(rawName);
  if (name === null) {
    return {
      position,
      code,
      name: '',
      kind: 'bad-name',
      message: fillTemplate(said.badName, {
        member: label(said, position, ''),
        max: MAX_NAME_LENGTH,
      }),
    };
  }
  const decoded = decodeShareCode(source, code, words);
  if (decoded.ok) return { ...decoded.value, position, name, code, bank: decoded.bank };
  const problem = {
    position,
    code,
    name,
    kind: decoded.error.kind,
    message: fillTemplate(said.problem, {
      member: label(said, position, name),
      problem: decoded.error.message,
    }),
  };
  return decoded.error.kind === 'other-version'
    ? { ...problem, version: decoded.error.version, released: decoded.error.released }
    : problem;
}

/** "Member 3", or "Member 3 (Ana)" when the link names them. */
function label(said: DecoderCopy['teamCode'], position: number, name: string): string {
  return name === ''
    ? fillTemplate(said.member, { number: position + 1 })
    : fillTemplate(said.namedMember, { number: position + 1, name });
}

function splitMember(part: string): { readonly code: string; readonly rawName: string } {
  const mark = part.indexOf(NAME_MARK);
  return mark < 0
    ? { code: part, rawName: '' }
    : { code: part.slice(0, mark), rawName: part.slice(mark + 1) };
}

function strip(text: string): string {
  return text.trim().replace(/^#/, '');
}

function encodeName(name: string): string {
  return encodeURIComponent(name).replace(/~/g, '%7E').replace(/!/g, '%21');
}

function fail(kind: TeamCodeProblem, message: string): TeamDecoding<never> {
  return { ok: false, error: { kind, message } };
}
