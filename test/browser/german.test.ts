import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { BROWSER_NAMES, extensionBuildDir, launchBrowser, type ExtensionBrowser } from '../../scripts/lib/browsers';
import { serveDirectory, type StaticServer } from '../../scripts/lib/serve';
import { waitForBadgeText } from '../../scripts/lib/page-badge';
import { badgeLabel, badgeText, toolbarBadge, toolbarTitle } from '../../components/words/report-words';
import type { Words } from '../../components/words/words';
import type { PageReport } from '../../utils/report';
import { cueWhy } from '../../components/words/claim-words';
import { CUE_WHYS } from '../../utils/claims/cue-why';
import { wordsFor } from '../helpers/words';
import { describeBadge } from './helpers/extension-state';
import { SEED_PAGE, SEEDS_DIR, seedReportNow } from './helpers/seed-site';

const WAIT = { timeout: 15_000, polling: 100 };

/** The browser's UI language and what the toolbar says for the tab at `url`, asked from an extension page. */
async function extensionView(run: ExtensionBrowser, url: string): Promise<{ uiLanguage: string; description: string; tabId: number; text: string; title: string }> {
  const helper = await run.openExtensionPage();
  const view = await helper.evaluate(async (pageUrl) => {
    interface Api {
      i18n: { getUILanguage(): string };
      runtime: { getManifest(): { description?: string } };
      tabs: { query(q: object): Promise<{ id?: number }[]>; sendMessage(id: number, m: object): Promise<unknown> };
      action?: { getBadgeText(d: object): Promise<string>; getTitle(d: object): Promise<string> };
      browserAction?: { getBadgeText(d: object): Promise<string>; getTitle(d: object): Promise<string> };
    }
    const scope = globalThis as unknown as { browser?: Api; chrome?: Api };
    const api = (scope.browser ?? scope.chrome)!;
    const action = (api.action ?? api.browserAction)!;
    // No `tabs` permission, so no tab URLs: the tab whose content script reports on the page is the one.
    let tabId = -1;
    for (const tab of await api.tabs.query({})) {
      const answer = (await api.tabs.sendMessage(tab.id ?? -1, { type: 'as-of:get-report' }).catch(() => null)) as { report?: { url?: string } } | null;
      if (tab.id !== undefined && answer?.report?.url === pageUrl) tabId = tab.id;
    }
    return { uiLanguage: api.i18n.getUILanguage(), description: api.runtime.getManifest().description ?? '', tabId, text: await action.getBadgeText({ tabId }), title: await action.getTitle({ tabId }) };
  }, url);
  await helper.close();
  return view;
}

/** Chromium gets `--lang=de-DE` and LANGUAGE/LANG; Firefox `intl.locale.requested=de` with Debian's German language pack. */
describe.each(BROWSER_NAMES)('%s in German: badge, toolbar, popup, options and welcome page', (name) => {
  let server: StaticServer;
  let run: ExtensionBrowser;
  let page: Page;
  let expected: PageReport;
  let de: Words;
  let tabId: number;

  beforeAll(async () => {
    server = await serveDirectory(SEEDS_DIR);
    run = await launchBrowser(name, { extensionPath: extensionBuildDir(name), locale: name === 'chromium' ? 'de-DE' : 'de' });
    const url = server.url(SEED_PAGE);
    expected = await seedReportNow(url);
    page = await run.openPage(url);
  });

  afterAll(async () => {
    await run?.close();
    await server?.close();
  });

  it('runs in German and the badge says the age and date in German', async () => {
    const text = await waitForBadgeText(page);
    const view = await extensionView(run, page.url());
    expect(view.uiLanguage).toMatch(/^de\b/);
    // The manifest's name and description come from the catalogue (__MSG_extDescription__).
    expect(view.description).toBe(wordsFor('de').t('extDescription'));
    de = wordsFor(view.uiLanguage);
    tabId = view.tabId;
    expect(text).toBe(badgeText(expected, de));
    expect(text).toMatch(/^etwa \d+ Jahre alt · 2014$/);
    expect(text).not.toBe(badgeText(expected, wordsFor('en')));
    // Inside the closed shadow root: the button's accessible name says the "?" in German too.
    const helper = await run.openExtensionPage();
    const described = await describeBadge(helper, tabId);
    await helper.close();
    expect(described?.chipLabel).toBe(badgeLabel(expected, de));
    expect(described?.chipLabel).toMatch(/^Alter des Artikels: .* \(unsicher\)$/);
    // The dismiss button's name comes with the badge's words from the background, in German too.
    expect(described?.dismissLabel).toBe(de.t('badge.dismiss'));
    expect(described?.dismissLabel).not.toBe(wordsFor('en').t('badge.dismiss'));
  });

  it('gives the toolbar its German short age and a German tooltip with the age and date', async () => {
    await expect.poll(async () => (await extensionView(run, page.url())).text, WAIT).toBe(toolbarBadge(expected, de));
    const view = await extensionView(run, page.url());
    // The seed rests on its copyright year: the German short age carries the same "?" as the badge.
    expect(view.text).toMatch(/^\d+J\?$/);
    expect(view.title).toBe(toolbarTitle(expected, de));
    expect(view.title).toContain('Jahre alt');
  });

  it('opens the popup in German, with the evidence and the statements to recheck', async () => {
    let popup: Page;
    if (run.name === 'chromium') {
      await page.bringToFront();
      popup = await run.openPopup(page);
    } else {
      popup = await run.openExtensionPage(`popup.html?tab=${tabId}`);
    }
    await popup.waitForSelector('#app[data-state="ready"]', WAIT);
    await popup.waitForSelector('#app[data-claims="done"]', WAIT);
    expect(await popup.evaluate(() => document.documentElement.lang)).toMatch(/^de\b/);
    expect(await popup.$eval('.report-header .age', (e) => e.textContent ?? '')).toContain(badgeText(expected, de)!);
    const body = await popup.evaluate(() => document.body.innerText);
    expect(body).toContain('Veröffentlicht');
    expect(body).toMatch(/Die Copyright-Zeile sagt „[^“]*© 2014[^“]*“/);
    expect(body).toMatch(/Aussagen zum Nachprüfen \(\d+\)/);
    for (const english of ['Published', 'Statements to recheck', 'years old', 'according to']) expect(body).not.toContain(english);
    // Each claim's own words: the reason on every highlighted cue and the resolved dates are German too.
    const claimWords = await popup.evaluate(() => ({
      whys: Array.from(document.querySelectorAll('.sentence mark'), (m) => m.getAttribute('title') ?? ''),
      resolved: Array.from(document.querySelectorAll('.claim .resolved'), (p) => p.textContent ?? ''),
    }));
    const germanWhys = new Set(CUE_WHYS.map((why) => cueWhy({ why }, de)));
    const englishWhys = new Set(CUE_WHYS.map((why) => cueWhy({ why }, wordsFor('en'))));
    expect(claimWords.whys.length).toBeGreaterThan(0);
    for (const why of claimWords.whys) {
      expect(germanWhys, why).toContain(why);
      expect(englishWhys, why).not.toContain(why);
    }
    expect(claimWords.resolved.length).toBeGreaterThan(0);
    for (const line of claimWords.resolved) expect(line).toMatch(/^„[^“]+“ → /);
    // The page's own words stay quoted as they are; what As Of says after the arrow is German.
    for (const line of claimWords.resolved) expect(line.split(' → ')[1]).not.toMatch(/\b(?:a|in|since|week|the|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/);
    await popup.close();
  });

  it('shows the options page in German', async () => {
    const options = await run.openExtensionPage('options.html');
    await options.waitForSelector('#options fieldset', WAIT);
    const page = await options.evaluate(() => ({ lang: document.documentElement.lang, title: document.title, text: document.body.innerText }));
    expect(page.lang).toMatch(/^de\b/);
    expect(page.title).toBe('As Of — Einstellungen');
    for (const german of ['Das Alter auf Artikeln anzeigen', 'Farben nach Alter', 'Stille Websites', 'Aktueller Stand']) expect(page.text).toContain(german);
    for (const english of ['Show the age badge', 'Age colours', 'Quiet sites', 'Present state']) expect(page.text).not.toContain(english);
    await options.close();
  });

  it('shows the welcome page in German', async () => {
    const welcome = await run.openExtensionPage('welcome.html');
    const page = await welcome.evaluate(() => ({ lang: document.documentElement.lang, title: document.title, text: document.body.innerText }));
    expect(page.lang).toMatch(/^de\b/);
    expect(page.title).toBe(de.t('welcome.title'));
    expect(page.text).toContain(de.t('welcome.neverTitle'));
    expect(page.text).not.toContain(wordsFor('en').t('welcome.neverTitle'));
    await welcome.close();
  });
});
