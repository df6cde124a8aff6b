import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { BROWSER_NAMES, extensionBuildDir, launchBrowser, type ExtensionBrowser } from '../../scripts/lib/browsers';
import { badgeHostCount, waitForBadgeCount, waitForBadgeText } from '../../scripts/lib/page-badge';
import { describeBadge, tabStates } from './helpers/extension-state';
import { articleHtml, serveTrustSite, type TrustSite } from './helpers/trust-site';

const WAIT = { timeout: 15_000, polling: 100 };

/**
 * An update (here: uninstall, then install again) leaves open tabs with the old copy of the content script.
 * Chromium keeps that copy running with its runtime gone: it must take its badge away (a dead badge would
 * claim to speak for As Of), and the popup must ask for a reload. Firefox removes the old copy and injects
 * the new one: the page must end up with one live badge, not two.
 */
describe.each(BROWSER_NAMES)('%s: after an update, open tabs get one live badge or a reload hint', (name) => {
  let site: TrustSite;
  let run: ExtensionBrowser;
  let page: Page;
  let tabId: number;
  const hostTags = (): Promise<string[]> => page.evaluate(() => Array.from(document.getElementsByTagName('*'))
    .filter((e) => /^as-of-[a-z0-9]{10}$/.test(e.localName)).map((e) => e.localName));
  let oldTags: string[] = [];

  beforeAll(async () => {
    site = await serveTrustSite({ '/article.html': { body: articleHtml() } });
    run = await launchBrowser(name, { extensionPath: extensionBuildDir(name) });
    page = await run.openPage(site.url('article.html'));
    await waitForBadgeText(page);
    const ext = await run.openExtensionPage('options.html');
    tabId = (await tabStates(ext)).find((t) => t.report?.url === page.url())!.tabId;
    await ext.close();
    await run.browser.uninstallExtension(run.extensionId);
  });

  afterAll(async () => {
    await run?.close();
    await site?.close();
  });

  it('the old copy stands down once its extension is gone, or is gone with it', async () => {
    if (name === 'chromium') {
      // The orphaned copy notices within its one-second heartbeat and removes its badge.
      await waitForBadgeCount(page, 0);
    }
    // Firefox unloads the copy itself; a badge it left is replaced below.
    const left = await badgeHostCount(page);
    console.log(`${name}: ${left} badge(s) left in the page once the extension was removed`);
    expect(left).toBeLessThanOrEqual(1);
  });

  it('after the new install, the tab shows one live badge, or the popup offers the reload that brings it', async () => {
    await page.bringToFront();
    oldTags = await hostTags();
    await run.browser.installExtension(extensionBuildDir(name));
    // A new install opens its welcome tab: close it, so the article is the tab in front again.
    await new Promise((done) => setTimeout(done, 1_000));
    for (const other of await run.browser.pages()) if (other.url().endsWith('/welcome.html')) await other.close();
    await page.bringToFront();
    if (name === 'chromium') {
      // Chromium injects no content script into tabs that were open: the popup must not say "silent".
      const popup = await run.openExtensionPage(`popup.html?tab=${tabId}`);
      await popup.waitForSelector('#app[data-state="reload"]', WAIT);
      expect(await popup.$eval('#app', (e) => e.textContent ?? '')).not.toContain('silent');
      // The button reloads the tab and closes the popup.
      await Promise.all([page.waitForNavigation({ waitUntil: 'load', timeout: 15_000 }), popup.click('button.reload')]);
      await popup.close().catch(() => undefined);
      expect(await waitForBadgeText(page)).toMatch(/years old/);
      const ext = await run.openExtensionPage('options.html');
      expect((await describeBadge(ext, tabId))?.text).toMatch(/years old/);
      await ext.close();
    }
    // Firefox injects the new copy into the open tab (its extension pages move to a new address, out of
    // this test's reach): the new copy's badge replaces whatever the old one left.
    expect(await waitForBadgeText(page)).toMatch(/years old/);
    await waitForBadgeCount(page, 1);
    await new Promise((done) => setTimeout(done, 1_500));
    const tags = await hostTags();
    expect(tags).toHaveLength(1);
    expect(oldTags, 'the badge is the new copy\'s, not one the old copy left').not.toContain(tags[0]);
  });
});
