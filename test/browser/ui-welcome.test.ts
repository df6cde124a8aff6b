import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { BROWSER_NAMES, extensionBuildDir, launchBrowser, type ExtensionBrowser } from '../../scripts/lib/browsers';

/** Installing As Of opens its welcome page once: what it does, what it never does, the way to the options. */
describe.each(BROWSER_NAMES)('%s: the welcome page on install', (name) => {
  let run: ExtensionBrowser;

  beforeAll(async () => {
    run = await launchBrowser(name, { extensionPath: extensionBuildDir(name), keepWelcomeTab: true });
  });

  afterAll(async () => {
    await run?.close();
  });

  it('opens by itself after the install, and links to the options', async () => {
    const url = run.extensionUrl('welcome.html');
    // Asked of each tab's document: Firefox's driver does not always report a moz-extension tab's address.
    let page: Page | undefined;
    for (const deadline = Date.now() + 15_000; !page && Date.now() < deadline; await new Promise((done) => setTimeout(done, 200))) {
      for (const candidate of await run.browser.pages()) {
        if (await candidate.evaluate(() => location.href).catch(() => '') === url) page = candidate;
      }
    }
    if (!page) throw new Error(`no tab showed ${url} within 15 s`);
    await page.waitForFunction(() => document.readyState === 'complete' && (document.querySelector('h1')?.textContent ?? '') !== '', { timeout: 15_000, polling: 100 });
    const content = await page.evaluate(() => ({
      title: document.querySelector('h1')?.textContent ?? '',
      sections: Array.from(document.querySelectorAll('main section h2')).map((h) => h.textContent ?? ''),
      never: document.querySelector('[data-words="welcome.never1"]')?.textContent ?? '',
      link: (document.getElementById('options-link') as HTMLAnchorElement | null)?.href ?? '',
    }));
    expect(content.title).toBe('Welcome to As Of');
    expect(content.sections).toEqual(['What it does', 'What it never does']);
    expect(content.never).toContain('sends nothing');
    expect(content.link).toBe(run.extensionUrl('options.html'));
  });
});
