import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BROWSER_NAMES, extensionBuildDir, launchBrowser, type ExtensionBrowser } from '../../scripts/lib/browsers';
import { waitForBadgeText } from '../../scripts/lib/page-badge';
import { tabIdFor } from './helpers/extension-state';
import { serveTrustSite, type TrustSite } from './helpers/trust-site';

/**
 * Issue "Trust against hostile pages", item 5: a sentence of 40,000 repeated "price"s once held the
 * claims step (then in the popup) for 16 to 44 s, through a lookahead that rescanned the sentence after
 * every match. The popup must finish its list in bounded time and the page must stay responsive.
 */
const QUADRATIC = `<p>The price ${'price '.repeat(40_000)}rose 1</p>`;
const STORY = Array.from({ length: 8 }, (_, i) => `<p>Officials said on Tuesday that ${i + 2},000 people remain in shelters, and the city will reopen schools next week.</p>`).join('\n');
const PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Prices rise again</title>
<meta property="og:type" content="article"><meta property="article:published_time" content="2014-06-12T09:40:00-05:00"></head>
<body><main><article><h1>Prices rise again</h1><p class="byline">By A. Reporter</p>${QUADRATIC}\n${STORY}</article></main></body></html>`;
/** Far above the claims step's 1 s deadline plus the model's load on a busy machine; far below the old 16 s. */
const POPUP_BOUND_MS = 8_000;

describe.each(BROWSER_NAMES)('%s: a quadratic sentence cannot hold the popup', (name) => {
  let run: ExtensionBrowser;
  let site: TrustSite;

  beforeAll(async () => {
    run = await launchBrowser(name, { extensionPath: extensionBuildDir(name) });
    site = await serveTrustSite({ '/prices.html': { body: PAGE } });
  });

  afterAll(async () => {
    await run?.close();
    await site?.close();
  });

  it('lists the claims within the bound, and the page stays responsive', async () => {
    const page = await run.openPage(site.url('/prices.html'));
    await waitForBadgeText(page);
    const helper = await run.openExtensionPage();
    const tabId = await tabIdFor(helper, page.url());
    await helper.close();
    expect(tabId).toBeDefined();

    const started = Date.now();
    const popup = await run.openExtensionPage(`popup.html?tab=${tabId}`);
    // Polled on a timer: requestAnimationFrame (the default) stalls in a background tab.
    await popup.waitForFunction(() => document.querySelector('#app[data-state="ready"][data-claims="done"]') !== null, { timeout: 60_000, polling: 100 });
    const took = Date.now() - started;
    console.log(`${name}: popup listed the claims of the quadratic page in ${took} ms`);
    expect(took).toBeLessThan(POPUP_BOUND_MS);
    expect(await popup.$$eval('.claim', (items) => items.length)).toBeGreaterThan(0);

    const answered = Date.now();
    expect(await page.evaluate(() => document.title)).toBe('Prices rise again');
    expect(Date.now() - answered).toBeLessThan(1_000);
    await popup.close();
  });
});
