import { chromium } from 'playwright';
import { readFileSync } from 'node:fs';
const base = process.env.BASE ?? 'http://127.0.0.1:3311';
const team = readFileSync('/tmp/shots/team12.txt', 'utf8').trim();
const pages = (process.env.PAGES ?? 'team12,home,roles,quiz,compare,history,team').split(',');
const urls = { team12: `/team#${team}`, home: '/', roles: '/roles', quiz: '/quiz', compare: '/compare', history: '/history', team: '/team', results: '/results' };
const widths = (process.env.WIDTHS ?? '1280,375').split(',').map(Number);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless','--no-sandbox','--disable-gpu','--disable-quic','--no-first-run','--disable-background-networking','--disable-component-update','--disable-sync'] });
for (const name of pages) for (const width of widths) {
  const ctx = await browser.newContext({ viewport: { width, height: 900 }, colorScheme: process.env.DARK ? 'dark' : 'light' });
  const page = await ctx.newPage();
  await page.goto(base + urls[name], { waitUntil: 'networkidle' });
  await page.waitForTimeout(1500);
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  const seg = width < 600 ? 1300 : 1000;
  for (let y = 0, i = 0; y < height && i < Number(process.env.MAXSEG ?? 20); y += seg, i++) {
    await page.screenshot({ path: `/tmp/shots/${name}-${width}${process.env.DARK ? '-dark' : ''}-${i}.png`, fullPage: true, clip: { x: 0, y, width, height: Math.min(seg, height - y) } });
  }
  await ctx.close();
}
await browser.close();
