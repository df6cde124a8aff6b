/**
 * `npm run screenshots`: builds the extension, opens the seed article in Debian's Chromium with it
 * loaded, and saves the pictures the README shows into docs/screenshots/:
 *   badge.png, badge-evidence.png, popup-light.png, popup-dark.png, show-in-page.png, options.png
 * and the store listing's images into docs/store/ (scripts/lib/store-images.ts): two 1280x800
 * screenshots and the 440x280 promo tile. The build goes to $AS_OF_OUT (default .output/).
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'puppeteer-core';
import { extensionBuildDir, launchBrowser, type ExtensionBrowser } from './lib/browsers';
import { serveDirectory, type StaticServer } from './lib/serve';
import { findBadgeHost, waitForBadgeText } from './lib/page-badge';
import { describeBadge, tabStates } from '../test/browser/helpers/extension-state';
import { writeStoreImages } from './lib/store-images';

const ROOT = resolve(import.meta.dirname, '..');
const OUT = join(ROOT, 'docs/screenshots');
const STORE = join(ROOT, 'docs/store');
const SEED = 'archived-article.html';

type Png = `${string}.png`;
const out = (name: string): Png => join(OUT, name) as Png;

async function main(): Promise<void> {
  execFileSync('npx', ['wxt', 'build'], { cwd: ROOT, stdio: 'inherit' });
  mkdirSync(OUT, { recursive: true });
  const server = await serveDirectory(join(ROOT, 'seeds'));
  const run = await launchBrowser('chromium', { extensionPath: extensionBuildDir('chromium') });
  try {
    const page = await run.openPage(server.url(SEED));
    await page.setViewport({ width: 1000, height: 720, deviceScaleFactor: 2 });
    await waitForBadgeText(page);
    await shootBadge(page);
    await shootPopups(run, page);
    await shootOptions(run);
    await shootStore(run, page);
  } finally {
    await run.close();
  }
  try {
    await shootGermanPopup(server);
  } finally {
    await server.close();
  }
}

/** The popup in German: Chromium with --lang=de-DE (Debian's chromium-l10n) speaks the catalogue's German. */
async function shootGermanPopup(server: StaticServer): Promise<void> {
  const run = await launchBrowser('chromium', { extensionPath: extensionBuildDir('chromium'), locale: 'de-DE' });
  try {
    const seed = await run.openPage(server.url(SEED));
    await waitForBadgeText(seed);
    const tabId = await seedTabId(run, seed);
    const popup = await run.browser.newPage();
    await popup.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: 'light' }]);
    await popup.setViewport({ width: 400, height: 600, deviceScaleFactor: 2 });
    await popup.goto(run.extensionUrl(`popup.html?tab=${tabId}`), { waitUntil: 'load' });
    await popup.waitForFunction(() => document.getElementById('app')?.dataset.state === 'ready' && document.getElementById('app')?.dataset.claims === 'done', { timeout: 15_000 });
    await popup.screenshot({ path: out('popup-de.png') });
    console.log('wrote docs/screenshots/popup-de.png');
  } finally {
    await run.close();
  }
}

/** The top of the article: notice, badge, headline; then the evidence the badge shows on focus. */
async function shootBadge(page: Page): Promise<void> {
  const clip = await page.evaluate(() => {
    const article = document.querySelector('article')!.getBoundingClientRect();
    const headline = document.querySelector('h1')!.getBoundingClientRect();
    return { x: article.x - 16, y: Math.max(0, article.y - 16), width: article.width + 32, height: headline.bottom - article.y + 80 };
  });
  await page.screenshot({ path: out('badge.png'), clip });
  // The badge's shadow root is closed: point at its chip the way a reader does, and let the box open.
  const box = await (await findBadgeHost(page))?.boundingBox();
  if (box) await page.mouse.move(box.x + 20, box.y + box.height / 2);
  await new Promise((done) => setTimeout(done, 300));
  await page.screenshot({ path: out('badge-evidence.png'), clip: { ...clip, height: clip.height + 120 } });
  await page.mouse.move(0, 0);
  console.log('wrote docs/screenshots/badge.png, badge-evidence.png');
}

/** The popup's page in a tab sized like the popup, speaking for the seed tab. */
async function shootPopups(run: ExtensionBrowser, seed: Page): Promise<void> {
  const tabId = await seedTabId(run, seed);
  for (const scheme of ['light', 'dark'] as const) {
    const popup = await run.browser.newPage();
    await popup.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: scheme }]);
    await popup.setViewport({ width: 400, height: 600, deviceScaleFactor: 2 });
    await popup.goto(run.extensionUrl(`popup.html?tab=${tabId}`), { waitUntil: 'load' });
    await popup.waitForFunction(() => document.getElementById('app')?.dataset.state === 'ready' && document.getElementById('app')?.dataset.claims === 'done', { timeout: 15_000 });
    const height = await popup.evaluate(() => Math.ceil(document.getElementById('announce')!.getBoundingClientRect().bottom + 8));
    await popup.setViewport({ width: 400, height: Math.min(height, 600), deviceScaleFactor: 2 });
    await popup.screenshot({ path: out(`popup-${scheme}.png`) });
    if (scheme === 'light') await shootShowInPage(popup, seed);
    await popup.close();
    console.log(`wrote docs/screenshots/popup-${scheme}.png`);
  }
}

/** "Show in page" from the popup: the seed page scrolled to the first claim, highlighted. */
async function shootShowInPage(popup: Page, seed: Page): Promise<void> {
  await popup.click('.claim .show');
  await seed.waitForSelector('[data-as-of-highlight]', { timeout: 15_000 });
  await seed.bringToFront();
  await new Promise((done) => setTimeout(done, 800)); // let the smooth scroll settle
  await seed.screenshot({ path: out('show-in-page.png') });
  console.log('wrote docs/screenshots/show-in-page.png');
}

async function shootOptions(run: ExtensionBrowser): Promise<void> {
  const options = await run.openExtensionPage('options.html');
  await options.setViewport({ width: 720, height: 900, deviceScaleFactor: 2 });
  await options.waitForSelector('#badge-enabled');
  await options.screenshot({ path: out('options.png'), fullPage: true });
  await options.close();
  console.log('wrote docs/screenshots/options.png');
}

/** Real captures at store sizes: the article at 1280x800 with the evidence open, the popup, the badge alone. */
async function shootStore(run: ExtensionBrowser, seed: Page): Promise<void> {
  mkdirSync(STORE, { recursive: true });
  await seed.bringToFront();
  await seed.setViewport({ width: 1280, height: 800, deviceScaleFactor: 1 });
  await seed.evaluate(() => window.scrollTo(0, 0));
  const host = await findBadgeHost(seed);
  if (!host) throw new Error('No badge on the seed page for the store images');
  const box = await host.boundingBox();
  // Just the badge: its chip and the × beside it (the host spans its column).
  const helper = await run.openExtensionPage();
  const chip = (await describeBadge(helper, await seedTabId(run, seed)))?.chipBox;
  await helper.close();
  await seed.bringToFront();
  const badge = (await seed.screenshot({ encoding: 'base64', clip: chip
    ? { x: chip.left - 2, y: chip.top - 2, width: chip.right - chip.left + 36, height: chip.bottom - chip.top + 4 }
    : { x: box?.x ?? 0, y: box?.y ?? 0, width: 320, height: box?.height ?? 30 } })) as string;
  if (box) await seed.mouse.move(box.x + 20, box.y + box.height / 2);
  await new Promise((done) => setTimeout(done, 300));
  const article = (await seed.screenshot({ encoding: 'base64' })) as string;
  await seed.mouse.move(0, 0);
  const tabId = await seedTabId(run, seed);
  const popupPage = await run.browser.newPage();
  await popupPage.setViewport({ width: 400, height: 720, deviceScaleFactor: 2 });
  await popupPage.goto(run.extensionUrl(`popup.html?tab=${tabId}`), { waitUntil: 'load' });
  await popupPage.waitForFunction(() => document.getElementById('app')?.dataset.claims === 'done', { timeout: 15_000 });
  const popup = (await popupPage.screenshot({ encoding: 'base64' })) as string;
  await popupPage.close();
  for (const name of await writeStoreImages(run.browser, ROOT, STORE, { article, popup, badge })) console.log(`wrote docs/store/${name}`);
}

/** Asks each tab's content script for its report and picks the seed page's tab. */
async function seedTabId(run: ExtensionBrowser, seed: Page): Promise<number> {
  const helper = await run.openExtensionPage();
  const tab = (await tabStates(helper)).find((state) => state.report?.url === seed.url());
  await helper.close();
  if (!tab) throw new Error('The seed tab did not answer: is the content script running?');
  return tab.tabId;
}

await main();
