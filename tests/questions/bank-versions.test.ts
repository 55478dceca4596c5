import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

import { loadBankVersion, readBankContent, RELEASED_BANK_VERSIONS } from '@/lib/bank/load-bank';
import { BankSchema, type Question } from '@/lib/bank/schema';

const VERSIONS_DIR = join(process.cwd(), 'questions/versions');

/**
 * sha256 of every file of the released version 1, as committed in 12e6f49. A released version is
 * frozen: results, links and saved progress made with it must score as they did.
 */
const VERSION_1_FILES: Readonly<Record<string, string>> = {
  'archetypes.json': '2f60d8ff18af444275897be53a796af9a3f39bba206222dd2c045054389650ea',
  'bank.json': '885e7b624ca5005b48219a878de07136f73e521fbcdf40b59b5aa682cf431755',
  'competencies.json': '6d9cb4ead8be2d006a96a9ece53f5e1ff7d178bc9349ea821a958c3ade55e8c4',
  'items.json': 'c0d13aef3e6c6e7320edc954e6228ba702691aadba3632d3bb0fc57b7eece9ca',
  'scenarios.json': 'bef5508a7fae2724798c71e55b9bb2ccd39e320501a3a0feef877667c1706608',
  'tensions.json': 'f6012031c6dc833d050fd27c763faf4f2aaafdee74c14036c7e2ae4ce1a2a82b',
};

const FROZEN_MESSAGE =
  'questions/versions/1 is released and frozen: do not edit it. Copy it to a new folder ' +
  'questions/versions/<n>, raise "version" in its bank.json, and add it to lib/bank/load-bank.ts';

/** What a question means to someone who answered it: everything but the form it belongs to and its source. */
function meaning(question: Question): unknown {
  return question.type === 'likert'
    ? {
        type: question.type,
        text: question.text,
        keyed: question.keyed,
        competency: question.competency,
        twin: question.twin,
      }
    : {
        type: question.type,
        text: question.text,
        prompt: question.prompt,
        tension: question.tension,
        options: question.options,
      };
}

describe('released bank versions', () => {
  it('keeps version 1 exactly as it was released', () => {
    const dir = join(VERSIONS_DIR, '1');
    expect(readdirSync(dir).sort(), FROZEN_MESSAGE).toEqual(Object.keys(VERSION_1_FILES).sort());
    for (const [file, sha256] of Object.entries(VERSION_1_FILES)) {
      const actual = createHash('sha256')
        .update(readFileSync(join(dir, file)))
        .digest('hex');
      expect(actual, `${file}: ${FROZEN_MESSAGE}`).toBe(sha256);
    }
  });

  it('loads and validates every released version', () => {
    for (const version of RELEASED_BANK_VERSIONS) {
      expect(BankSchema.safeParse(readBankContent(version)).success, `version ${version}`).toBe(
        true,
      );
      expect(loadBankVersion(version)?.version).toBe(version);
    }
  });

  it('releases every version folder, so every check (own words included) covers it', () => {
    const folders = readdirSync(VERSIONS_DIR)
      .map(Number)
      .sort((a, b) => a - b);
    expect(folders).toEqual([...RELEASED_BANK_VERSIONS]);
  });

  it('gives an id the same meaning in every version that has it', () => {
    const banks = RELEASED_BANK_VERSIONS.map((v) => loadBankVersion(v));
    const seen = new Map<string, { version: number; meaning: unknown }>();
    for (const bank of banks) {
      for (const question of bank?.questions ?? []) {
        const earlier = seen.get(question.id);
        if (earlier) {
          expect(
            meaning(question),
            `${question.id} changed meaning between versions ${earlier.version} and ${bank?.version}: give the new wording a new id`,
          ).toEqual(earlier.meaning);
        } else if (bank) {
          seen.set(question.id, { version: bank.version, meaning: meaning(question) });
        }
      }
    }
  });
});
