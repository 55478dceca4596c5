/**
 * `npx tsx scripts/i18n/start-language.ts <code>`: the first step of a new language. Writes
 * `questions/i18n/<code>/`, one file per content file, each text still in English, for the
 * translator to replace. Until the code is added to `lib/i18n/locales.ts` nothing reads the
 * folder; once it is, `npm test` names every text still in English (decision 027).
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';

import { QUESTIONS_DIR } from '@/lib/i18n/read-translation';
import { extractTexts } from '@/lib/i18n/text-paths';

const code = process.argv[2] ?? '';
if (!/^[a-z]{2,3}(-[A-Z]{2})?$/.test(code)) {
  console.error('usage: npx tsx scripts/i18n/start-language.ts <code>, e.g. fr or pt-BR');
  process.exit(1);
}
const target = join(QUESTIONS_DIR, 'i18n', code);
if (existsSync(target)) {
  console.error(`${relative(process.cwd(), target)} exists already; nothing written`);
  process.exit(1);
}
let count = 0;
for (const entry of readdirSync(QUESTIONS_DIR, { recursive: true, withFileTypes: true })) {
  if (!entry.isFile() || !entry.name.endsWith('.json')) continue;
  const path = relative(QUESTIONS_DIR, join(entry.parentPath, entry.name));
  if (path.startsWith('i18n/')) continue;
  const texts = extractTexts(JSON.parse(readFileSync(join(QUESTIONS_DIR, path), 'utf8')));
  if (Object.keys(texts).length === 0) continue;
  mkdirSync(dirname(join(target, path)), { recursive: true });
  writeFileSync(join(target, path), `${JSON.stringify(texts, null, 2)}\n`);
  count += Object.keys(texts).length;
}
console.log(`${relative(process.cwd(), target)}: ${count} texts to translate`);
