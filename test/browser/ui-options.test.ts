import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { BROWSER_NAMES, extensionBuildDir, launchBrowser, type ExtensionBrowser } from '../../scripts/lib/browsers';
import { DEFAULT_SETTINGS, type Settings } from '../../utils/settings';

/** The options page as a reader uses it: what it shows and what it stores agree, bad input is refused, reset works. */
function stored(options: Page): Promise<Settings | undefined> {
  return options.evaluate(async () => {
    interface Api { storage: { sync: { get(k: string): Promise<Record<string, unknown>> } } }
    const scope = globalThis as unknown as { browser?: Api; chrome?: Api };
    return (await (scope.browser ?? scope.chrome)!.storage.sync.get('settings')).settings as Settings | undefined;
  });
}

async function typeInto(page: Page, selector: string, text: string): Promise<void> {
  await page.click(selector, { count: 3 });
  await page.keyboard.press('Backspace');
  await page.type(selector, text);
}

const text = (page: Page, selector: string): Promise<string> => page.$eval(selector, (e) => e.textContent ?? '');

describe.each(BROWSER_NAMES)('%s: options', (name) => {
  let run: ExtensionBrowser;
  let options: Page;

  beforeAll(async () => {
    run = await launchBrowser(name, { extensionPath: extensionBuildDir(name) });
    options = await run.openExtensionPage('options.html');
    await options.waitForSelector('#band-days-0', { timeout: 15_000 });
    // The welcome tab the install opened may be in front; the reader is on the options.
    await new Promise((done) => setTimeout(done, 500));
    await options.bringToFront();
  });

  afterAll(async () => {
    await run?.close();
  });

  it('refuses 0 days: says so on the field and stores nothing; a valid number is stored as shown', async () => {
    await typeInto(options, '#band-days-0', '0');
    await expect.poll(() => text(options, '#band-days-0-error')).toContain('whole number');
    expect(await options.$eval('#band-days-0', (e) => e.getAttribute('aria-invalid'))).toBe('true');
    expect(await text(options, '#saved')).toContain('Not saved');
    expect((await stored(options))?.bands?.[0]?.upToDays ?? DEFAULT_SETTINGS.bands[0]!.upToDays).toBe(7);

    await typeInto(options, '#band-days-0', '10');
    await expect.poll(async () => (await stored(options))?.bands[0]?.upToDays).toBe(10);
    await expect.poll(() => text(options, '#saved')).toBe('Saved.');
    expect(await text(options, '#band-days-0-error')).toBe('');
  });

  it('refuses a band that does not rise above the one before', async () => {
    await typeInto(options, '#band-days-1', '5');
    await expect.poll(() => text(options, '#band-days-1-error')).toContain('more than');
    expect((await stored(options))?.bands[1]?.upToDays).toBe(DEFAULT_SETTINGS.bands[1]!.upToDays);
    await typeInto(options, '#band-days-1', '180');
    await expect.poll(() => text(options, '#band-days-1-error')).toBe('');
  });

  it('saves quiet sites while typing, without leaving the field', async () => {
    await options.click('#silent-sites');
    await options.type('#silent-sites', 'example.org');
    expect(await text(options, '#saved')).not.toBe('Saved.');
    await expect.poll(async () => (await stored(options))?.silentSites, { timeout: 3_000 }).toEqual(['example.org']);
    await expect.poll(() => text(options, '#saved')).toBe('Saved.');
  });

  it('warns about a colour on which no text colour reaches 4.5:1', async () => {
    const setColour = (value: string): Promise<void> => options.$eval('#older-color', (e, v) => {
      (e as HTMLInputElement).value = v;
      e.dispatchEvent(new Event('input', { bubbles: true }));
    }, value);
    await setColour('#777777');
    expect(await text(options, '#older-color-warning')).toContain('4.5:1');
    await setColour('#1f1f1f');
    expect(await text(options, '#older-color-warning')).toBe('');
  });

  it('resets everything to the defaults, in the form and in storage', async () => {
    await options.click('#reset');
    await expect.poll(async () => {
      const s = await stored(options);
      return s && { bands: s.bands, silentSites: s.silentSites, olderColor: s.olderColor };
    }).toEqual({ bands: DEFAULT_SETTINGS.bands, silentSites: [], olderColor: DEFAULT_SETTINGS.olderColor });
    expect(await options.$eval('#band-days-0', (e) => (e as HTMLInputElement).value)).toBe('7');
    expect(await options.$eval('#silent-sites', (e) => (e as HTMLTextAreaElement).value)).toBe('');
    expect(await text(options, '#saved')).toContain('Defaults restored');
  });

  it('has a main landmark and a distinct label for each band', async () => {
    expect(await options.$$eval('main', (m) => m.length)).toBe(1);
    const labels = await options.$$eval('label[for^="band-days-"]', (ls) => ls.map((l) => l.textContent));
    expect(new Set(labels).size).toBe(3);
  });

  it('is one click from the popup, which has its landmarks', async () => {
    const popup = await run.openExtensionPage('popup.html?tab=999999');
    await popup.waitForSelector('#options-link', { timeout: 15_000 });
    await popup.waitForFunction(() => document.getElementById('options-link')?.textContent === 'Options', { timeout: 5_000, polling: 100 });
    expect(await popup.$eval('#options-link', (a) => (a as HTMLAnchorElement).href)).toBe(run.extensionUrl('options.html'));
    expect(await popup.$$eval('main', (m) => m.length)).toBe(1);
    await popup.close();
  });
});
