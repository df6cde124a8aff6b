import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { BROWSER_NAMES, extensionBuildDir, launchBrowser, type ExtensionBrowser } from '../../scripts/lib/browsers';
import { serveDirectory, type StaticServer } from '../../scripts/lib/serve';
import { waitForBadgeText } from '../../scripts/lib/page-badge';
import { ageText } from '../../components/words/age-words';
import { badgeText, toolbarBadge } from '../../components/words/report-words';
import { wordsFor } from '../helpers/words';
import type { PageReport } from '../../utils/report';
import { SEED_PAGE, SEEDS_DIR, seedReportNow } from './helpers/seed-site';
import { tabStates } from './helpers/extension-state';

// The seed story's only date is its copyright line: 2014. Its age follows from today's date.
const PUBLISHED_YEAR = 2014;
/** The test browsers run in their default language, American English. */
const en = wordsFor('en-US');

/** "about N years old · 2014", with N what whole years since 2014 can round to today. */
function expectSeedAge(text: string): void {
  const match = /^about (\d+) years old · (\d{4})$/.exec(text);
  expect(match, `badge text "${text}"`).not.toBeNull();
  const years = Number(match![1]);
  const sinceThen = new Date().getUTCFullYear() - PUBLISHED_YEAR;
  expect(years).toBeGreaterThanOrEqual(sinceThen - 1);
  expect(years).toBeLessThanOrEqual(sinceThen);
  expect(match![2]).toBe(String(PUBLISHED_YEAR));
}

describe.each(BROWSER_NAMES)('%s with the built extension, on the archived seed article', (name) => {
  let server: StaticServer;
  let run: ExtensionBrowser;
  let page: Page;
  let expected: PageReport;

  beforeAll(async () => {
    server = await serveDirectory(SEEDS_DIR);
    run = await launchBrowser(name, { extensionPath: extensionBuildDir(name) });
    const url = server.url(SEED_PAGE);
    expected = await seedReportNow(url);
    page = await run.openPage(url);
  });

  afterAll(async () => {
    await run?.close();
    await server?.close();
  });

  it('shows the age badge with the story\'s age and year', async () => {
    const text = await waitForBadgeText(page);
    expectSeedAge(text);
    expect(text).toBe(badgeText(expected, en));
  });

  it('puts the badge right after the archived notice', async () => {
    const noticeSelector = expected.notice?.selector;
    expect(noticeSelector).toBeTruthy();
    const follows = await page.evaluate(
      (selector) => document.querySelector(selector)?.nextElementSibling?.tagName.toLowerCase() ?? null,
      noticeSelector!,
    );
    expect(follows).toMatch(/^as-of-[a-z0-9]{10}$/);
  });

  it('reports the page to the extension: the toolbar shows the age and the report is there to ask for', async () => {
    await waitForBadgeText(page);
    const extensionPage = await run.openExtensionPage();
    const answered = async () => (await tabStates(extensionPage)).filter((tab) => tab.report !== null);
    // The background sets the toolbar text when the content script's message arrives: allow it a moment.
    await expect.poll(async () => (await answered())[0]?.toolbarText, { timeout: 5_000 }).toBe(toolbarBadge(expected, en));
    const tabs = await answered();
    await extensionPage.close();

    expect(tabs).toHaveLength(1);
    const [seedTab] = tabs;
    // The seed's year rests on its copyright line alone: the toolbar marks it as unsure, like the badge.
    expect(seedTab!.toolbarText).toMatch(/^\d+y\?$/);
    expect(seedTab!.report!.age).toEqual(expected.age);
    expect(seedTab!.report!.published).toMatchObject({ value: String(PUBLISHED_YEAR), source: 'copyright' });
    expect(seedTab!.report!.notice?.kind).toBe('archived');
  });
});

describe('chromium toolbar popup on the archived seed article', () => {
  let server: StaticServer;
  let run: ExtensionBrowser;

  beforeAll(async () => {
    server = await serveDirectory(SEEDS_DIR);
    run = await launchBrowser('chromium', { extensionPath: extensionBuildDir('chromium') });
  });

  afterAll(async () => {
    await run?.close();
    await server?.close();
  });

  it('opens on a click and shows the age, the year and the notice', async () => {
    const page = await run.openPage(server.url(SEED_PAGE));
    await waitForBadgeText(page);
    // The install's welcome tab may have opened after this one: the popup speaks for the active tab.
    await page.bringToFront();
    const popup = await run.openPopup(page);
    const expected = await seedReportNow(page.url());
    // The popup fills in after asking the page; wait until it no longer says it is loading.
    await popup.waitForFunction(() => !document.body.innerText.includes('Loading'), { timeout: 10_000 });
    const text = await popup.evaluate(() => document.body.innerText);

    expect(text).toContain(ageText(expected.age!, en));
    expect(text).toContain(String(PUBLISHED_YEAR));
    expect(text).toContain(expected.notice!.text);
  });
});
