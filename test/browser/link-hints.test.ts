import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { BROWSER_NAMES, extensionBuildDir, launchBrowser, type ExtensionBrowser } from '../../scripts/lib/browsers';
import { DEFAULT_SETTINGS, type Settings } from '../../utils/settings';
import { articleHtml, serveTrustSite, type TrustRoute, type TrustSite } from './helpers/trust-site';

// Polled on a timer: requestAnimationFrame (the default) stalls in a background tab.
const WAIT = { timeout: 15_000, polling: 100 };
const FIXTURES = fileURLToPath(new URL('./fixtures/link-hints/', import.meta.url));
const OLD_STORY = '/2014/06/12/council-votes-to-reopen-the-bridge.html';
const MARK_TAG = /^as-of-age-[a-z0-9]{8}$/;

/** Today minus 20 days as an address writes it (2026/11/09): dated, but well within the year. */
function recentPath(): string {
  return new Date(Date.now() - 20 * 86_400_000).toISOString().slice(0, 10).replaceAll('-', '/');
}

interface LinkState { case: string; href: string; marked: boolean; markWidth: number }

/** Every link the fixture labelled, with whether the element right after it is an As Of mark. */
function linkStates(page: Page): Promise<LinkState[]> {
  return page.evaluate((tag: string) => {
    const pattern = new RegExp(tag);
    return Array.from(document.querySelectorAll<HTMLAnchorElement>('a[data-case]'), (a) => {
      const next = a.nextElementSibling;
      const marked = next !== null && pattern.test(next.localName);
      return { case: a.dataset.case ?? '', href: a.getAttribute('href') ?? '', marked, markWidth: marked ? next.getBoundingClientRect().width : 0 };
    });
  }, MARK_TAG.source);
}

function markCount(page: Page): Promise<number> {
  return page.evaluate((tag: string) => Array.from(document.querySelectorAll('*')).filter((e) => new RegExp(tag).test(e.localName)).length, MARK_TAG.source);
}

/** Waits until every old link has its mark, then checks that nothing else has one. */
async function expectMarksOnOldLinksOnly(page: Page): Promise<LinkState[]> {
  await page.waitForFunction((tag: string) => {
    const olds = Array.from(document.querySelectorAll('a[data-case="old"]'));
    return olds.length > 0 && olds.every((a) => new RegExp(tag).test(a.nextElementSibling?.localName ?? ''));
  }, WAIT, MARK_TAG.source);
  await new Promise((done) => setTimeout(done, 600)); // room for a wrong mark to show up
  const links = await linkStates(page);
  for (const link of links) expect(link.marked, `${link.case}: ${link.href}`).toBe(link.case === 'old');
  for (const link of links.filter((l) => l.marked)) expect(link.markWidth, link.href).toBeGreaterThan(0);
  expect(await markCount(page)).toBe(links.filter((l) => l.case === 'old').length);
  return links;
}

async function setSettings(run: ExtensionBrowser, settings: Settings): Promise<void> {
  const page = await run.openExtensionPage();
  await page.evaluate(async (value: Settings) => {
    interface Area { set(items: object): Promise<void> }
    const scope = globalThis as unknown as { browser?: { storage: { sync: Area } }; chrome?: { storage: { sync: Area } } };
    await (scope.browser ?? scope.chrome)!.storage.sync.set({ settings: value });
  }, settings);
  await page.close();
}

/** The id of the tab whose content script reports `url` (only the address crosses back: Firefox's BiDi trims deep objects). */
function tabShowing(extensionPage: Page, url: string): Promise<number | undefined> {
  return extensionPage.evaluate(async (wanted: string) => {
    interface Api { tabs: { query(q: object): Promise<{ id?: number }[]>; sendMessage(id: number, m: object): Promise<unknown> } }
    const scope = globalThis as unknown as { browser?: Api; chrome?: Api };
    const api = (scope.browser ?? scope.chrome)!;
    for (const tab of await api.tabs.query({})) {
      if (tab.id === undefined) continue;
      const answer = (await api.tabs.sendMessage(tab.id, { type: 'as-of:get-report' }).catch(() => null)) as { report?: { url?: string } } | null;
      if (answer?.report?.url === wanted) return tab.id;
    }
    return undefined;
  }, url);
}

const WITH_LOCAL_SITE: Settings = { ...DEFAULT_SETTINGS, linkHintSites: [...DEFAULT_SETTINGS.linkHintSites, '127.0.0.1'] };

describe.each(BROWSER_NAMES)('%s: link ages on listing pages', (name) => {
  let site: TrustSite;
  let run: ExtensionBrowser;
  const routes: Record<string, TrustRoute> = {};

  beforeAll(async () => {
    site = await serveTrustSite(routes);
    // The same server under another name: an outbound site whose old, dated page really loads.
    const other = site.origin.replace('127.0.0.1', 'localhost');
    for (const file of ['search.html', 'aggregator.html', 'feed.html']) {
      routes[`/${file}`] = { body: readFileSync(`${FIXTURES}${file}`, 'utf8').replaceAll('{{RECENT}}', recentPath()).replaceAll('{{OTHER}}', other) };
    }
    routes[OLD_STORY] = { body: articleHtml({ title: 'Council votes to reopen the bridge' }) };
    run = await launchBrowser(name, { extensionPath: extensionBuildDir(name) });
    await setSettings(run, WITH_LOCAL_SITE);
  });

  afterAll(async () => {
    await run?.close();
    await site?.close();
  });

  it('marks the old dated results of a search page, and its links still lead where they did', async () => {
    const page = await run.openPage(site.url('search.html'));
    const before = await linkStates(page);
    const after = await expectMarksOnOldLinksOnly(page);
    expect(after.map((l) => l.href)).toEqual(before.map((l) => l.href));
    expect(after.filter((l) => l.marked).length).toBe(4);
    const old = `${site.origin.replace('127.0.0.1', 'localhost')}${OLD_STORY}`;
    await Promise.all([page.waitForNavigation({ timeout: 15_000 }), page.click(`a[href="${old}"]`)]);
    expect(page.url()).toBe(old);
    await page.close();
  });

  it('marks the old stories of an aggregator front page, never its own links', async () => {
    const page = await run.openPage(site.url('aggregator.html'));
    const links = await expectMarksOnOldLinksOnly(page);
    expect(links.filter((l) => l.marked).length).toBe(3);
    await page.close();
  });

  it('follows an infinite feed as it loads and re-points its links, and all marks go with the switch', async () => {
    const page = await run.openPage(site.url('feed.html'));
    await page.bringToFront();
    await expectMarksOnOldLinksOnly(page);
    const pages = await page.evaluate(() => (window as unknown as { feedPages: number }).feedPages);
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await page.waitForFunction((n: number) => (window as unknown as { feedPages: number }).feedPages > n, WAIT, pages);
    const links = await expectMarksOnOldLinksOnly(page);
    expect(links.filter((l) => l.case === 'old').length).toBeGreaterThanOrEqual(3 * (pages + 1));

    // A feed that reuses its cards re-points their links: the marks follow the new addresses.
    await page.evaluate(() => {
      const old = document.querySelector<HTMLAnchorElement>('a.card[data-case="old"]')!;
      const undated = document.querySelector<HTMLAnchorElement>('a.card[data-case="undated"]')!;
      old.href = 'https://www.bbc.com/news/uk-politics-50000000';
      old.dataset.case = 'undated';
      undated.href = 'https://www.theguardian.com/environment/2019/jan/03/what-is-the-sea-telling-us';
      undated.dataset.case = 'old';
    });
    await expectMarksOnOldLinksOnly(page);

    await setSettings(run, { ...WITH_LOCAL_SITE, linkHintsEnabled: false });
    await page.waitForFunction((tag: string) => !Array.from(document.querySelectorAll('*')).some((e) => new RegExp(tag).test(e.localName)), WAIT, MARK_TAG.source);
    await setSettings(run, WITH_LOCAL_SITE);
    await expectMarksOnOldLinksOnly(page);
    await page.close();
  });

  it('the popup switch takes the marks off this site and puts them back', async () => {
    const page = await run.openPage(site.url('aggregator.html'));
    await expectMarksOnOldLinksOnly(page);
    const helper = await run.openExtensionPage();
    const tabId = await tabShowing(helper, page.url());
    await helper.close();
    expect(tabId, 'the aggregator tab answers the extension').toBeDefined();
    const popup = await run.openExtensionPage(`popup.html?tab=${tabId}`);
    const box = await popup.waitForSelector('#link-hints-here', WAIT);
    expect(await box!.evaluate((e) => (e as HTMLInputElement).checked)).toBe(true);
    expect(await popup.evaluate(() => document.body.innerText)).toContain('Show link ages on this site');
    await box!.click();
    await page.bringToFront();
    await page.waitForFunction((tag: string) => !Array.from(document.querySelectorAll('*')).some((e) => new RegExp(tag).test(e.localName)), WAIT, MARK_TAG.source);
    await popup.bringToFront();
    await (await popup.waitForSelector('#link-hints-here', WAIT))!.click();
    await page.bringToFront();
    await expectMarksOnOldLinksOnly(page);
    await popup.close();
    await page.close();
  });
});
