import fc from 'fast-check';

import { DECODER_COPY } from '@/lib/codecs/decoder-copy';
import { loadBank } from '@/lib/bank/load-bank';
import { cleanName, encodeCompareCode } from '@/lib/codecs/compare-code';
import { encodeShareCode } from '@/lib/codecs/share-code';
import {
  decodeTeamCode,
  encodeTeamCode,
  isTeamCode,
  readTeamCodeLinks,
  readTeamCodeVersions,
} from '@/lib/codecs/team-code';
import { MAX_TEAM_SIZE } from '@/lib/team/team-size';
import { anyForm, answerSet } from '@/tests/fixtures/answer-arbitraries';

const bank = loadBank();
const likertEverywhere = (value: number) =>
  Object.fromEntries(
    bank.questions.map((q) => [q.id, q.type === 'likert' ? value : q.options[0]!.id]),
  );
const [codeA, codeB, codeC] = [2, 3, 4].map((v) =>
  encodeShareCode(bank, { form: 'full', answers: likertEverywhere(v) }),
) as [string, string, string];
const team = encodeTeamCode([
  { code: codeA, name: 'Ana' },
  { code: codeB, name: '' },
  { code: codeC, name: 'Chi!~' },
]);

describe('encodeTeamCode and decodeTeamCode', () => {
  it('give back every member’s answers, form and name, in order, for any answers and names', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(answerSet(bank), anyForm, fc.string({ maxLength: 40 })), {
          minLength: 1,
          maxLength: MAX_TEAM_SIZE,
        }),
        (people) => {
          const links = people.map(([answers, form, name]) => ({
            code: encodeShareCode(bank, { form, answers }),
            name,
          }));
          const decoded = decodeTeamCode(bank, encodeTeamCode(links), DECODER_COPY);
          expect(decoded).toEqual({
            ok: true,
            problems: [],
            members: people.map(([answers, form, name], position) => ({
              position,
              form,
              answers,
              name: cleanName(name),
              code: links[position]!.code,
              bank,
            })),
          });
        },
      ),
      { numRuns: 40 },
    );
  });

  it('leaves names out of the link when none are given', () => {
    const code = encodeTeamCode([codeA, codeB, codeC].map((c) => ({ code: c, name: '  ' })));
    expect(code).toBe(`t1.3~${codeA}~${codeB}~${codeC}`);
  });

  it('reads a link pasted with its # and surrounding spaces', () => {
    const decoded = decodeTeamCode(bank, `  #${team} `, DECODER_COPY);
    expect(decoded.ok && decoded.members.map((m) => m.name)).toEqual(['Ana', '', 'Chi!~']);
  });
});

describe('decodeTeamCode with bad members', () => {
  it('keeps the good members and names the bad one with its position, name and reason', () => {
    const damaged = encodeTeamCode([
      { code: codeA, name: 'Ana' },
      { code: `${codeB.slice(0, -2)}zz`, name: 'Ben' },
      { code: codeC, name: '' },
    ]);
    const decoded = decodeTeamCode(bank, damaged, DECODER_COPY);
    expect(decoded.ok).toBe(true);
    if (!decoded.ok) return;
    expect(decoded.members.map((m) => m.position)).toEqual([0, 2]);
    expect(decoded.problems).toEqual([
      expect.objectContaining({ position: 1, name: 'Ben', kind: 'tampered' }),
    ]);
    expect(decoded.problems[0]?.message).toMatch(/^Member 2 \(Ben\): This link has been changed/);
  });

  it('names every member a link cut short has lost', () => {
    const decoded = decodeTeamCode(bank, `t1.5~${codeA}~${codeB}~${codeC}`, DECODER_COPY);
    expect(decoded.ok && decoded.problems.map((p) => [p.position, p.kind])).toEqual([
      [3, 'missing'],
      [4, 'missing'],
    ]);
  });

  it('names a damaged name and keeps the link beside it for the form', () => {
    const decoded = decodeTeamCode(bank, `t1.3~${codeA}!%E0~${codeB}~${codeC}`, DECODER_COPY);
    expect(decoded.ok && decoded.problems).toEqual([
      expect.objectContaining({ position: 0, code: codeA, kind: 'bad-name' }),
    ]);
  });

  it('says which version a member of another bank version needs, so it can be loaded', () => {
    const other = codeA.replace(/^1\.2\./, '1.9.');
    const decoded = decodeTeamCode(bank, `t1.3~${other}~${codeB}~${codeC}`, DECODER_COPY);
    expect(decoded.ok && decoded.problems[0]).toMatchObject({
      kind: 'other-version',
      version: 9,
      released: false,
    });
  });
});

describe('decodeTeamCode with a bad link as a whole', () => {
  it.each([
    ['a single result', codeA, 'single-result'],
    ['a comparison', encodeCompareCode([codeA, codeB]), 'malformed'],
    ['another team format', `t7.3~${codeA}~${codeB}~${codeC}`, 'other-version'],
    ['too many people', `t1.13~${Array(13).fill(codeA).join('~')}`, 'too-many'],
    ['empty text', '', 'malformed'],
  ])('refuses %s', (_, code, kind) => {
    const decoded = decodeTeamCode(bank, code, DECODER_COPY);
    expect(decoded).toMatchObject({ ok: false, error: { kind } });
  });

  it('never throws, whatever the code, and every problem has words', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc
            .array(
              fc.oneof(fc.string(), fc.constant(codeA), fc.constant('t1.3'), fc.constant('!')),
              { maxLength: 14 },
            )
            .map((p) => p.join('~')),
        ),
        (code) => {
          const decoded = decodeTeamCode(bank, code, DECODER_COPY);
          if (!decoded.ok) expect(decoded.error.message).not.toBe('');
          else expect(decoded.problems.every((p) => p.message !== '')).toBe(true);
        },
      ),
    );
  });
});

describe('isTeamCode and readTeamCodeVersions', () => {
  it('tell a team code from a result or a comparison', () => {
    expect(isTeamCode(team)).toBe(true);
    expect(isTeamCode(`#t9.3~x`)).toBe(true);
    expect(isTeamCode(codeA)).toBe(false);
    expect(isTeamCode(encodeCompareCode([codeA, codeB]))).toBe(false);
  });

  it('read each member’s bank version without a bank, null for an unreadable link', () => {
    expect(readTeamCodeVersions(`t1.3~${codeA}~junk~${codeC}!Chi`)).toEqual([
      bank.version,
      null,
      bank.version,
    ]);
    expect(readTeamCodeVersions(codeA)).toEqual([]);
  });
});

describe('readTeamCodeLinks', () => {
  const shareCode = fc.stringMatching(/^[A-Za-z0-9_.-]{0,40}$/);

  it('gives back every link and name a team code was made of, readable or not', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(shareCode, fc.string({ maxLength: 20 })), { maxLength: 12 }),
        (members) => {
          const links = members.map(([code, name]) => ({ code, name }));
          if (links.length === 0) return;
          expect(readTeamCodeLinks(encodeTeamCode(links))).toEqual(
            links.map(({ code, name }) => ({ code: code.trim(), name: cleanName(name) })),
          );
        },
      ),
    );
  });

  it('never throws, and gives nothing for text that is not a team code', () => {
    fc.assert(fc.property(fc.string(), (text) => void readTeamCodeLinks(text)));
    expect(readTeamCodeLinks(codeA)).toEqual([]);
  });
});
