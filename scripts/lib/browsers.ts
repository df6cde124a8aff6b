/**
 * Launches Debian's Chromium or Firefox ESR with As Of's WXT build loaded, driven by puppeteer-core,
 * behind one interface so a test can run the same steps in both browsers:
 *
 *   const run = await launchBrowser('firefox', { extensionPath: extensionBuildDir('firefox') });
 *   const page = await run.openPage(server.url('archived-article.html'));
 *   const popup = await run.openExtensionPage();   // popup.html in a tab, with the extension API
 *   await run.close();
 *
 * Chromium loads the unpacked build over CDP (`Extensions.loadUnpacked`, pipe only); Firefox installs it
 * as a temporary add-on over WebDriver BiDi (`webExtension.install`), so it need not be signed.
 */
import { existsSync, readFileSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import { join, resolve } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';

export type BrowserName = 'chromium' | 'firefox';
export const BROWSER_NAMES: readonly BrowserName[] = ['chromium', 'firefox'];

export interface LaunchOptions {
  /** The unpacked build: `.output/chrome-mv3` or `.output/firefox-mv2` (see extensionBuildDir). */
  extensionPath: string;
  /** Default true. The demo shows a window when there is a display. */
  headless?: boolean;
  /** Default: $CHROMIUM_PATH / $FIREFOX_PATH, else /usr/bin/chromium / /usr/bin/firefox-esr. */
  executablePath?: string;
  /**
   * The browser's UI language, e.g. 'de-DE' (default: the browser's own). Chromium gets `--lang` and
   * LANGUAGE/LANG, Firefox `intl.locale.requested`; they need Debian's chromium-l10n and
   * firefox-esr-l10n-<lang> (scripts/setup.sh installs German).
   */
  locale?: string;
  /** Keep the welcome tab the install opens (entrypoints/welcome). Default false: tests start from their own tabs. */
  keepWelcomeTab?: boolean;
}

/** A browser with the extension installed. */
export interface ExtensionBrowser {
  name: BrowserName;
  browser: Browser;
  /** Chromium: the 32-letter id; Firefox: the gecko id from the manifest. */
  extensionId: string;
  /** `chrome-extension://<id>` or `moz-extension://<uuid>`: where the extension's own pages live. */
  extensionOrigin: string;
  extensionUrl(path: string): string;
  /** The toolbar popup's page (from the manifest's action). */
  popupUrl(): string;
  /** A new tab at `url`, after its load event. */
  openPage(url: string): Promise<Page>;
  /**
   * An extension page (default: the popup's page) in a new tab, loaded; `browser.*` / `chrome.*` work
   * in it, so a test can ask the background or a content script what they know. Note that the popup's
   * page in a tab sees itself as the active tab.
   */
  openExtensionPage(path?: string): Promise<Page>;
  /**
   * Clicks the toolbar button for `page` and returns the popup, as a user would see it.
   * Chromium only: Firefox's popup is browser chrome, out of WebDriver BiDi's reach.
   */
  openPopup(page: Page): Promise<Page>;
  close(): Promise<void>;
}

const REPO_ROOT = resolve(import.meta.dirname, '../..');
const BUILD_DIRS: Record<BrowserName, string> = { chromium: 'chrome-mv3', firefox: 'firefox-mv2' };
const DEFAULT_EXECUTABLES: Record<BrowserName, { env: string; path: string; apt: string }> = {
  chromium: { env: 'CHROMIUM_PATH', path: '/usr/bin/chromium', apt: 'chromium' },
  firefox: { env: 'FIREFOX_PATH', path: '/usr/bin/firefox-esr', apt: 'firefox-esr' },
};
// What the brief asks of Chromium in a container: no GPU, no background traffic, a quiet first run.
const CHROMIUM_ARGS = [
  '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync',
  '--no-first-run', '--enable-unsafe-extension-debugging',
];
const CLOSE_TIMEOUT_MS = 10_000;
const PAGE_TIMEOUT_MS = 15_000;
const WELCOME_WAIT_MS = 10_000;

/** The WXT output directory for a browser (run `npm run build:all` first). */
export function extensionBuildDir(name: BrowserName): string {
  return join(REPO_ROOT, process.env.AS_OF_OUT ?? '.output', BUILD_DIRS[name]);
}

export function launchBrowser(name: BrowserName, options: LaunchOptions): Promise<ExtensionBrowser> {
  return name === 'chromium' ? launchChromium(options) : launchFirefox(options);
}

export async function launchChromium(options: LaunchOptions): Promise<ExtensionBrowser> {
  const executablePath = executableFor('chromium', options.executablePath);
  const manifest = readManifest(options.extensionPath);
  const browser = await puppeteer.launch({
    executablePath,
    headless: options.headless ?? true,
    pipe: true, // Extensions.loadUnpacked is only offered over a pipe.
    enableExtensions: true,
    args: [...CHROMIUM_ARGS, ...(isRoot() ? ['--no-sandbox'] : []), ...(options.locale ? [`--lang=${options.locale}`] : [])],
    ...(options.locale ? { env: { ...process.env, ...posixLocaleEnv(options.locale) } } : {}),
  });
  const extensionId = await installOrClose(browser, options.extensionPath);
  if (!options.keepWelcomeTab) await closeWelcomeTab(browser, `chrome-extension://${extensionId}`);
  return wrap('chromium', browser, extensionId, `chrome-extension://${extensionId}`, manifest);
}

export async function launchFirefox(options: LaunchOptions): Promise<ExtensionBrowser> {
  const executablePath = executableFor('firefox', options.executablePath);
  const manifest = readManifest(options.extensionPath);
  const geckoId = manifest.browser_specific_settings?.gecko?.id;
  if (!geckoId) throw new Error(`${options.extensionPath}/manifest.json has no browser_specific_settings.gecko.id`);
  // Firefox gives each add-on a random moz-extension UUID; choosing it up front lets tests address its pages.
  const uuid = randomUUID();
  const browser = await puppeteer.launch({
    browser: 'firefox',
    protocol: 'webDriverBiDi',
    executablePath,
    headless: options.headless ?? true,
    // WebDriver BiDi refuses to navigate to moz-extension:// pages without it.
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: { 'extensions.webextensions.uuids': JSON.stringify({ [geckoId]: uuid }), ...firefoxLocalePrefs(options.locale) },
  });
  const extensionId = await installOrClose(browser, options.extensionPath);
  if (!options.keepWelcomeTab) await closeWelcomeTab(browser, `moz-extension://${uuid}`);
  return wrap('firefox', browser, extensionId, `moz-extension://${uuid}`, manifest);
}

/**
 * The install opens As Of's welcome page in a tab of its own, in front, a moment after the install: it
 * is closed here so a test's tabs stay in front (a background tab stalls requestAnimationFrame).
 * The tab's document is asked its address: Firefox's driver does not always report a moz-extension tab's.
 */
async function closeWelcomeTab(browser: Browser, origin: string): Promise<void> {
  const url = `${origin}/welcome.html`;
  for (const deadline = Date.now() + WELCOME_WAIT_MS; Date.now() < deadline; await new Promise((done) => setTimeout(done, 100))) {
    for (const page of await browser.pages()) {
      const href = page.url() === url ? url : await page.evaluate(() => location.href).catch(() => '');
      if (href === url) {
        await page.close().catch(() => undefined);
        return;
      }
    }
  }
}

/** Installs the build; a browser that refuses it is closed rather than left running. */
async function installOrClose(browser: Browser, extensionPath: string): Promise<string> {
  try {
    return await browser.installExtension(resolve(extensionPath));
  } catch (error) {
    await closeBrowser(browser);
    throw error;
  }
}

interface Manifest {
  action?: { default_popup?: string };
  browser_action?: { default_popup?: string };
  browser_specific_settings?: { gecko?: { id?: string } };
}

function readManifest(extensionPath: string): Manifest {
  const file = join(extensionPath, 'manifest.json');
  if (!existsSync(file)) throw new Error(`No extension build at ${extensionPath}: run \`npm run build:all\` first.`);
  return JSON.parse(readFileSync(file, 'utf8')) as Manifest;
}

/** A missing browser is an error, never a skip: CI installs both. */
function executableFor(name: BrowserName, explicit?: string): string {
  const { env, path, apt } = DEFAULT_EXECUTABLES[name];
  const chosen = explicit ?? (process.env[env] || path);
  if (!existsSync(chosen)) {
    throw new Error(`${name} not found at ${chosen}: install it (apt-get install ${apt}) or set ${env}.`);
  }
  return chosen;
}

/** LANGUAGE and LANG for a BCP 47 tag: 'de-DE' → LANGUAGE=de_DE, LANG=de_DE.UTF-8. */
function posixLocaleEnv(locale: string): Record<string, string> {
  const posix = locale.replace('-', '_');
  return { LANGUAGE: posix, LANG: `${posix.includes('_') ? posix : `${posix}_${posix.toUpperCase()}`}.UTF-8` };
}

/** Firefox speaks a language pack's language when asked and when the system's language packs may load. */
function firefoxLocalePrefs(locale: string | undefined): Record<string, string | number | boolean> {
  if (!locale) return {};
  return { 'intl.locale.requested': locale, 'extensions.autoDisableScopes': 0, 'intl.locale.matchOS': false };
}

function isRoot(): boolean {
  return process.getuid?.() === 0;
}

function wrap(name: BrowserName, browser: Browser, extensionId: string, origin: string, manifest: Manifest): ExtensionBrowser {
  const popup = (manifest.action ?? manifest.browser_action)?.default_popup ?? 'popup.html';
  const extensionUrl = (path: string): string => `${origin}/${path.replace(/^\/+/, '')}`;
  const openPage = async (url: string): Promise<Page> => {
    const page = await browser.newPage();
    await page.goto(url, { waitUntil: 'load', timeout: PAGE_TIMEOUT_MS });
    return page;
  };
  return {
    name,
    browser,
    extensionId,
    extensionOrigin: origin,
    extensionUrl,
    popupUrl: () => extensionUrl(popup),
    openPage,
    openExtensionPage: (path = popup) => name === 'firefox'
      ? openFirefoxExtensionPage(browser, extensionUrl(path))
      : openPage(extensionUrl(path)),
    openPopup: async (page) => {
      if (name !== 'chromium') throw new Error('openPopup works in Chromium only; use openExtensionPage in Firefox.');
      const extension = (await browser.extensions()).get(extensionId);
      if (!extension) throw new Error(`Extension ${extensionId} is not installed`);
      const url = extensionUrl(popup);
      const opened = browser.waitForTarget((target) => target.url() === url, { timeout: PAGE_TIMEOUT_MS });
      await extension.triggerAction(page);
      const popupPage = await (await opened).asPage();
      await popupPage.waitForFunction(() => document.readyState === 'complete', { timeout: PAGE_TIMEOUT_MS });
      return popupPage;
    },
    close: () => closeBrowser(browser),
  };
}

/**
 * Firefox moves a tab into the extension process for a moz-extension:// page, and puppeteer's BiDi
 * navigation never sees that load finish: start the navigation, then wait for the document itself.
 */
async function openFirefoxExtensionPage(browser: Browser, url: string): Promise<Page> {
  const page = await browser.newPage();
  void page.goto(url, { timeout: 0 }).catch(() => undefined);
  // Polled by hand: a waitForFunction started in about:blank dies with that realm.
  const deadline = Date.now() + PAGE_TIMEOUT_MS;
  const loaded = (): Promise<boolean> => page
    .evaluate((expected) => location.href === expected && document.readyState === 'complete', url)
    .catch(() => false);
  while (!(await loaded())) {
    if (Date.now() > deadline) throw new Error(`${url} did not load within ${PAGE_TIMEOUT_MS} ms`);
    await new Promise((done) => setTimeout(done, 100));
  }
  return page;
}

/** Closes politely, then kills the process if the browser hangs on the way out. */
async function closeBrowser(browser: Browser): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const timedOut = new Promise<'timeout'>((done) => { timer = setTimeout(() => done('timeout'), CLOSE_TIMEOUT_MS); });
  const outcome = await Promise.race([browser.close().then(() => 'closed' as const, () => 'failed' as const), timedOut]);
  clearTimeout(timer);
  if (outcome !== 'closed') browser.process()?.kill('SIGKILL');
}
