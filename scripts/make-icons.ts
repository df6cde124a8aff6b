/**
 * Renders assets/icon.svg to public/icon/<size>.png in every size the stores ask for, with
 * Debian's headless Chromium. Run after editing the SVG: `npm run icons`. The PNGs are committed.
 */
import { readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import puppeteer from 'puppeteer-core';

const ROOT = resolve(import.meta.dirname, '..');
const SIZES = [16, 32, 48, 96, 128];

async function main(): Promise<void> {
  const svg = readFileSync(join(ROOT, 'assets/icon.svg'), 'utf8');
  const profile = await mkdtemp(join(tmpdir(), 'as-of-icons-'));
  const browser = await puppeteer.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    userDataDir: profile,
    args: ['--disable-gpu', '--no-first-run', '--disable-background-networking', ...(process.getuid?.() === 0 ? ['--no-sandbox'] : [])],
  });
  try {
    const page = await browser.newPage();
    for (const size of SIZES) {
      await page.setViewport({ width: size, height: size, deviceScaleFactor: 1 });
      await page.setContent(`<style>html,body{margin:0;background:transparent}svg{display:block;width:${size}px;height:${size}px}</style>${svg}`);
      const path = join(ROOT, 'public/icon', `${size}.png`) as `${string}.png`;
      await page.screenshot({ path, omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } });
      console.log(`wrote public/icon/${size}.png`);
    }
  } finally {
    await browser.close();
    await rm(profile, { recursive: true, force: true });
  }
}

await main();
