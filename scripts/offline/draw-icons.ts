/**
 * `npx tsx scripts/offline/draw-icons.ts`: draws the web app manifest's PNG icons from the SVG
 * marks in public/icons/ with the Chromium the browser tests use, so no image tool is needed.
 * Run it again after changing a mark, and commit the PNGs.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

import { chromium } from '@playwright/test';

import { chromiumArgs, chromiumPath } from '../../tests/e2e/support/chromium';

const iconsDir = resolve(import.meta.dirname, '../../public/icons');
const marks = ['role-fit', 'role-fit-maskable'];
const sizes = [192, 512];

const browser = await chromium.launch({ executablePath: chromiumPath, args: [...chromiumArgs] });
try {
  for (const mark of marks) {
    const svg = readFileSync(join(iconsDir, `${mark}.svg`), 'utf8');
    for (const size of sizes) {
      const page = await browser.newPage({ viewport: { width: size, height: size } });
      const html = `<body style="margin:0;background:transparent">${svg.replace('<svg ', `<svg width="${size}" height="${size}" `)}</body>`;
      await page.setContent(html);
      await page.screenshot({ path: join(iconsDir, `${mark}-${size}.png`), omitBackground: true });
      await page.close();
    }
  }
} finally {
  await browser.close();
}
