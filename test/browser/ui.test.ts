import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { BROWSER_NAMES, extensionBuildDir, launchBrowser, type ExtensionBrowser } from '../../scripts/lib/browsers';
import { serveDirectory, type StaticServer } from '../../scripts/lib/serve';
import { badgeHostCount, waitForBadgeCount, waitForBadgeText } from '../../scripts/lib/page-badge';
import { badgeText } from '../../components/words/report-words';
import { wordsFor } from '../helpers/words';
import { SEED_PAGE, SEEDS_DIR, seedReportNow } from './helpers/seed-site';
import { describeBadge, tabIdFor, tabStates } from './helpers/extension-state';

/** The test browsers run in their default language, American English. */
const en = wordsFor('en-US');

// Polled on a timer: requestAnimationFrame (the default) stalls in a background tab.
const WAIT = { timeout: 15_000, polling: 100 };

const NOT_AN_ARTICLE = `<!DOCTYPE html><html lang="en"><head><title>Shop</title></head>
<body><nav><a href="#">Home</a></nav><div class="grid"><span>Kettle £20</span><span>Toaster £25</span></div></body></html>`;

/** The popup for the seed tab: the toolbar button in Chromium, popup.html?tab=<id> in Firefox. */
async function openPopupFor(run: ExtensionBrowser, page: Page): Promise<Page> {
  if (run.name === 'chromium') {
    await page.bringToFront();
    return run.openPopup(page);
  }
  const helper = await run.openExtensionPage();
  const seedTab = (await tabStates(helper)).find((tab) => tab.report?.url === page.url());
  await helper.close();
  expect(seedTab, 'the seed tab answers the extension').toBeDefined();
  return run.openExtensionPage(`popup.html?tab=${seedTab!.tabId}`);
}

function badgeCount(page: Page): Promise<number> {
  return badgeHostCount(page);
}

describe.each(BROWSER_NAMES)('%s: badge, popup, Show in page, options', (name) => {
  let server: StaticServer;
  let run: ExtensionBrowser;
  let page: Page;

  beforeAll(async () => {
    server = await serveDirectory(SEEDS_DIR);
    run = await launchBrowser(name, { extensionPath: extensionBuildDir(name) });
    page = await run.openPage(server.url(SEED_PAGE));
  });

  afterAll(async () => {
    await run?.close();
    await server?.close();
  });

  it('shows one badge with the age, a low-confidence mark and an accessible name', async () => {
    const expected = await seedReportNow(page.url());
    expect(await waitForBadgeText(page)).toBe(badgeText(expected, en));
    // The shadow root is closed: what is inside comes from the content script, asked by an extension page.
    const helper = await run.openExtensionPage();
    const described = await describeBadge(helper, (await tabIdFor(helper, page.url()))!);
    await helper.close();
    expect(described?.text).toBe(badgeText(expected, en));
    expect(described?.hostLabel).toBe(badgeText(expected, en));
    expect(described?.chipLabel).toContain(badgeText(expected, en)!);
    expect(described?.chipLabel).toContain('(not sure)');
    expect(described?.lowMark).toBe(true);
    expect(await badgeCount(page)).toBe(1);
  });

  it('lists the claims in the popup and shows one in the page', async () => {
    await waitForBadgeText(page);
    const popup = await openPopupFor(run, page);
    await popup.waitForSelector('#app[data-state="ready"]', WAIT);
    const expected = await seedReportNow(page.url());
    expect(await popup.$eval('.report-header .age', (e) => e.textContent ?? '')).toContain(badgeText(expected, en)!);
    await popup.waitForSelector('.claim .show', WAIT);
    const first = await popup.evaluate(() => {
      const item = document.querySelector('.claim');
      return { id: item?.getAttribute('data-claim-id') ?? '', text: item?.querySelector('.sentence')?.textContent ?? '' };
    });
    expect(first.text.length).toBeGreaterThan(20);
    expect(await popup.evaluate(() => document.body.innerText)).toContain('Statements to recheck');

    await popup.click('.claim .show');
    await page.waitForSelector('[data-as-of-highlight]', WAIT);
    const highlighted = await page.evaluate(() => document.querySelector('[data-as-of-highlight]')?.textContent ?? '');
    const squash = (s: string): string => s.replace(/\s+/g, ' ').trim();
    expect(squash(highlighted)).toContain(squash(first.text).slice(0, 40));
    await popup.close();
  });

  it('hides and brings back the badge live when the option changes', async () => {
    await waitForBadgeText(page);
    const options = await run.openExtensionPage('options.html');
    await options.waitForSelector('#badge-enabled', WAIT);
    await options.click('#badge-enabled');
    await waitForBadgeCount(page, 0);
    await options.click('#badge-enabled');
    await waitForBadgeCount(page, 1);
    await options.close();
  });

  it('keeps one badge after a single-page navigation', async () => {
    await page.bringToFront();
    await waitForBadgeText(page);
    await page.evaluate(() => history.pushState({}, '', `${location.pathname}?page=2`));
    // As Of notices the new URL within a second; the old badge goes and one new badge comes.
    await page.waitForFunction(() => location.search === '?page=2', WAIT);
    await waitForBadgeCount(page, 1);
    await new Promise((done) => setTimeout(done, 1500));
    expect(await badgeCount(page)).toBe(1);
  });
});

describe.each(BROWSER_NAMES)('%s: pages As Of does not badge', (name) => {
  let server: StaticServer;
  let run: ExtensionBrowser;
  let dir: string;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'as-of-ui-'));
    writeFileSync(join(dir, 'shop.html'), NOT_AN_ARTICLE);
    server = await serveDirectory(dir);
    run = await launchBrowser(name, { extensionPath: extensionBuildDir(name) });
  });

  afterAll(async () => {
    await run?.close();
    await server?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('puts no badge on a page that is not an article, and the popup says why', async () => {
    const page = await run.openPage(server.url('shop.html'));
    const popup = await openPopupFor(run, page);
    await popup.waitForSelector('#app[data-state="ready"]', WAIT);
    expect(await popup.$eval('#app', (e) => e.textContent ?? '')).toContain('This is not a news article.');
    expect(await badgeCount(page)).toBe(0);
    await popup.close();
  });

  it('asks for a reload, never "silent", where no content script answers', async () => {
    const popup = await run.openExtensionPage('popup.html?tab=999999');
    await popup.waitForSelector('#app[data-state="reload"]', WAIT);
    const text = await popup.$eval('#app', (e) => e.textContent ?? '');
    expect(text).toContain('Reload this tab');
    expect(text).not.toContain('silent');
    await popup.close();
  });
});
